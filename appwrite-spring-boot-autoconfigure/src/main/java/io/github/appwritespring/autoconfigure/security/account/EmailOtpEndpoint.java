package io.github.appwritespring.autoconfigure.security.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.security.internal.EmailOtpCookie;
import io.github.appwritespring.autoconfigure.security.internal.SignInPages;
import io.github.appwritespring.autoconfigure.security.throttle.LoginThrottle;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.model.Token;

/**
 * {@code POST /auth/email-otp} ({@code email}): asks Appwrite to email a 6-digit sign-in
 * code, binds the user it is for to the browser in the short-lived
 * {@link EmailOtpCookie}, and sends the browser to the email code page, where the code is
 * posted to {@code /auth/email-otp/verify}. The answer is the same whether an account has
 * that email or not (Appwrite creates one for an unknown email, so this is off by
 * default; an account Appwrite refuses gets a cookie for nobody), and the emails are
 * capped per client address and per recipient. A {@code redirect} (a safe relative path)
 * is passed on to the code page.
 */
final class EmailOtpEndpoint extends BaseEndpoint {

	private static final Log logger = LogFactory.getLog(EmailOtpEndpoint.class);

	private final AppwriteClient admin;

	private final LoginThrottle throttle;

	private final EmailOtpCookie cookie;

	private final SignInPages signInPages;

	private final AccountPages pages;

	EmailOtpEndpoint(String path, AppwriteClient admin, LoginThrottle throttle, EmailOtpCookie cookie,
			SignInPages signInPages, AccountPages pages) {
		super("POST", path, Access.ANYONE);
		this.admin = admin;
		this.throttle = throttle;
		this.cookie = cookie;
		this.signInPages = signInPages;
		this.pages = pages;
	}

	@Override
	public Mono<AccountAnswer> handle(AccountRequest request) {
		String form = this.signInPages.loginPage();
		return CappedEmails.send(this.throttle, request, form,
				(email) -> this.admin.reactive()
					.account()
					.createEmailToken(ID.unique(), email, false)
					// a known email keeps its user: Appwrite ignores the ID sent
					.map(Token::userId)
					.onErrorResume(PasswordlessRefusals::isAccountRefusal, (ex) -> {
						PasswordlessRefusals.log(logger, "sign-in code", ex);
						return Mono.just(ID.unique());
					})
					.map((userId) -> sent(request, userId))
					.onErrorResume(PasswordlessRefusals::isNotSent, (ex) -> {
						logger.warn("Appwrite did not send a sign-in code (" + AppwriteAnswers.type(ex)
								+ "). Check that the Appwrite project has SMTP set up.");
						return Mono.just(AccountAnswer.failed(request, form, AccountProblem.NOT_SENT));
					})
					.onErrorMap(AppwriteAnswers::unavailable));
	}

	private AccountAnswer sent(AccountRequest request, String userId) {
		String page = this.pages.emailCode();
		String redirect = request.redirect();
		if (redirect != null) {
			page = AccountAnswer.withParameter(page, this.signInPages.redirectParameter(),
					URLEncoder.encode(redirect, StandardCharsets.UTF_8));
		}
		return AccountAnswer.redirect(request, page, Map.of("sent", true))
			.withCookie(this.cookie.set(userId, request.contextPath()));
	}

}
