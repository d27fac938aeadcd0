package io.github.appwritespring.autoconfigure.security.servlet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import tools.jackson.databind.json.JsonMapper;

import io.github.appwritespring.autoconfigure.security.AppwriteMfaRequiredException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException;
import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.internal.RedirectTargets;
import io.github.appwritespring.autoconfigure.security.internal.SecurityJson;
import io.github.appwritespring.autoconfigure.security.internal.SignInAttempt;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyChallenges;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyChallenges.Ceremony;
import io.github.appwritespring.autoconfigure.security.passkeys.PasskeyRelyingParty;

/**
 * {@code POST /login/webauthn}: a passkey's assertion (JSON, as Spring Security's
 * {@code WebAuthnAuthenticationFilter} reads it) for the sign-in the browser started with
 * {@code POST /webauthn/authenticate/options}, whose challenge its cookie carries. The
 * assertion goes through the chain's authentication manager and, signed in, through the
 * same context repository (which sets the session cookie) and success handler as a
 * password sign-in; {@code ?redirect=} names where to go afterwards.
 */
final class AppwritePasskeySignInFilter extends AbstractAuthenticationProcessingFilter {

	static final String PATH = "/login/webauthn";

	private static final ResolvableType ASSERTION = ResolvableType.forClassWithGenerics(PublicKeyCredential.class,
			AuthenticatorAssertionResponse.class);

	private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(
			JsonMapper.builder().addModule(new WebauthnJacksonModule()).build());

	private final ServletSignIns signIns;

	private final PasskeyChallengeCookies cookies;

	private final PasskeyRelyingParty parties;

	private final String redirectParameter;

	AppwritePasskeySignInFilter(AuthenticationManager authenticationManager, ServletSignIns signIns,
			PasskeyChallengeCookies cookies, PasskeyRelyingParty parties, String redirectParameter) {
		super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH), authenticationManager);
		this.signIns = signIns;
		this.cookies = cookies;
		this.parties = parties;
		this.redirectParameter = redirectParameter;
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
			throws AuthenticationException, IOException {
		request.setAttribute(SignInAttempt.ATTRIBUTE, new SignInAttempt(SignInAttempt.Flow.PASSKEY,
				RedirectTargets.safeRelative(request.getParameter(this.redirectParameter))));
		PasskeyChallenges.Started started = this.cookies.taken(request, response, Ceremony.AUTHENTICATION);
		byte[] body = request.getInputStream().readNBytes(SecurityJson.MAX_BODY + 1);
		if (body.length > SecurityJson.MAX_BODY) {
			throw new AppwriteSignInException(Reason.REQUEST);
		}
		PublicKeyCredential<AuthenticatorAssertionResponse> credential = read(body);
		PasskeyRelyingParty.Party party = this.parties.forOrigin(AppwritePasskeyFilter.origin(request));
		// one without a ceremony or unreadable is refused as a failed assertion, and
		// counted as one
		PasskeyAssertionToken token = new PasskeyAssertionToken((started != null && credential != null)
				? new RelyingPartyAuthenticationRequest(
						party.requestOptions(started.challenge(), this.cookies.challenges().lifetime()), credential)
				: null, party);
		token.setDetails(this.signIns.details(request));
		return getAuthenticationManager().authenticate(token);
	}

	@SuppressWarnings("unchecked")
	private @Nullable PublicKeyCredential<AuthenticatorAssertionResponse> read(byte[] body) {
		HttpInputMessage message = new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				HttpHeaders headers = new HttpHeaders();
				headers.setContentType(MediaType.APPLICATION_JSON);
				return headers;
			}

		};
		try {
			return (PublicKeyCredential<AuthenticatorAssertionResponse>) this.converter.read(ASSERTION, message, null);
		}
		catch (RuntimeException | IOException ex) {
			return null;
		}
	}

	/**
	 * A sign-in that needs a second factor leaves the browser with its limited session's
	 * cookie, and the cookie that says a passkey began it, before the failure handler
	 * answers (by default: on to the MFA page).
	 */
	@Override
	protected void unsuccessfulAuthentication(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failed) throws IOException, ServletException {
		if (failed instanceof AppwriteMfaRequiredException pending) {
			this.signIns.limited(request, response, pending, true);
		}
		super.unsuccessfulAuthentication(request, response, failed);
	}

}
