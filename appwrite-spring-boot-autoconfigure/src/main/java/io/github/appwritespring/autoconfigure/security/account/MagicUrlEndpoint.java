package io.github.appwritespring.autoconfigure.security.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;

/**
 * {@code POST /auth/magic-url} ({@code email}): asks Appwrite to email a sign-in link to
 * the application's magic-link callback, which signs the browser in. The answer is the
 * same whether an account has that email or not (Appwrite creates one for an unknown
 * email, so this is off by default), and the emails are capped per client address and per
 * recipient. A {@code redirect} (a safe relative path) travels in the link, so the
 * browser that opens it goes there after signing in.
 */
final class MagicUrlEndpoint extends BaseEndpoint {

	private static final Log logger = LogFactory.getLog(MagicUrlEndpoint.class);

	private final String callbackPath;

	private final AppwriteClient admin;

	private final LoginThrottle throttle;

	private final SignInPages signInPages;

	MagicUrlEndpoint(String path, String callbackPath, AppwriteClient admin, LoginThrottle throttle,
			SignInPages signInPages) {
		super("POST", path, Access.ANYONE);
		this.callbackPath = callbackPath;
		this.admin = admin;
		this.throttle = throttle;
		this.signInPages = signInPages;
	}

	@Override
	public Mono<AccountAnswer> handle(AccountRequest request) {
		String form = this.signInPages.loginPage();
		AccountAnswer sent = AccountAnswer.done(request, form, "magic_url_sent", Map.of("sent", true));
		String link = link(request);
		return CappedEmails.send(this.throttle, request, form,
				(email) -> this.admin.reactive()
					.account()
					.createMagicURLToken(ID.unique(), email, link, false)
					.thenReturn(sent)
					.onErrorResume((ex) -> PasswordlessRefusals.isAccountRefusal(ex), (ex) -> {
						PasswordlessRefusals.log(logger, "sign-in link", ex);
						return Mono.just(sent);
					})
					.onErrorResume(PasswordlessRefusals::isNotSent, (ex) -> {
						logger.warn("Appwrite did not send a sign-in link (" + AppwriteAnswers.type(ex)
								+ "). Check that the Appwrite project has SMTP set up and that the host of " + link
								+ " is one of its Web platforms.");
						return Mono.just(AccountAnswer.failed(request, form, AccountProblem.NOT_SENT));
					})
					.onErrorMap(AppwriteAnswers::unavailable));
	}

	/** The callback URL, with the target the browser asked for. */
	private String link(AccountRequest request) {
		String callback = request.url(this.callbackPath);
		String redirect = request.redirect();
		return (redirect != null) ? AccountAnswer.withParameter(callback, this.signInPages.redirectParameter(),
				URLEncoder.encode(redirect, StandardCharsets.UTF_8)) : callback;
	}

}
