package io.github.appwritespring.autoconfigure.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.AppwriteSignInException.Reason;
import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sign-in, failure, throttled attempt, sign-up, OAuth2 or emailed-code completion
 * and sign-out publishes Spring Security's authentication events, which an application's
 * {@code @EventListener} (here a recorder) and Spring Boot's actuator auditing receive,
 * and Spring Security's own authentication observation covers the sign-ins. No event's
 * {@code toString()} (nor its authentication's, nor its exception's message) shows a
 * password, a session secret or an OAuth2 token secret. A subclass starts the application
 * with its stack and a {@code GET /me} page.
 */
@TestPropertySource(locations = "classpath:security-e2e.properties",
		properties = "appwrite.security.email-otp.enabled=true")
@Import({ MovableClock.AsBean.class, AuthenticationEventsTests.Recording.class })
public abstract class AuthenticationEventsTests {

	private static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	@Autowired
	Recorder recorder;

	@Autowired
	AppwriteEmulator emulator;

	@Autowired
	TestObservationRegistry observations;

	Browser browser;

	@BeforeEach
	void newBrowser() {
		this.browser = new Browser(this.port);
		this.recorder.events.clear();
		this.observations.clear();
	}

	private String newUser() {
		String email = "ev" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.admin.users().create(ID.unique(), email, null, PASSWORD, "Eve");
		return email;
	}

	private Answer signIn(String email, String password) throws Exception {
		return this.browser.postForm("/auth/login",
				Map.of("email", email, "password", password, "_csrf", this.browser.csrfFormField()));
	}

	@Test
	void aSignInPublishesASuccessThatSpringSecuritysObservationCovers() throws Exception {
		String email = newUser();
		assertThat(signIn(email, PASSWORD).status()).isEqualTo(302);
		AuthenticationSuccessEvent success = only(AuthenticationSuccessEvent.class);
		assertThat(success.getAuthentication()).isInstanceOf(AppwriteAuthenticationToken.class);
		assertThat(((AppwriteUser) success.getAuthentication().getPrincipal()).getEmail()).isEqualTo(email);
		String secret = this.browser.cookies().get("a_session_" + this.admin.getProjectId());
		assertNothingSecret(secret);
		TestObservationRegistryAssert.assertThat(this.observations)
			.hasObservationWithNameEqualTo("spring.security.authentications")
			.that()
			.hasLowCardinalityKeyValue("authentication.request.type", "UsernamePasswordAuthenticationToken")
			.hasLowCardinalityKeyValue("authentication.result.type", "AppwriteAuthenticationToken")
			.hasLowCardinalityKeyValue("authentication.failure.type", "n/a");
	}

	@Test
	void aWrongPasswordPublishesAFailureWithItsReasonAndIsObservedAsOne() throws Exception {
		String email = newUser();
		assertThat(signIn(email, "not-the-password").location()).isEqualTo("/login?error=credentials");
		AppwriteSignInFailureEvent failure = only(AppwriteSignInFailureEvent.class);
		assertThat(failure.getReason()).isEqualTo(Reason.CREDENTIALS);
		assertThat(failure.getAuthentication().getName()).isEqualTo(email);
		assertThat(this.recorder.of(AuthenticationSuccessEvent.class)).isEmpty();
		assertNothingSecret("not-the-password");
		TestObservationRegistryAssert.assertThat(this.observations)
			.hasObservationWithNameEqualTo("spring.security.authentications")
			.that()
			.hasLowCardinalityKeyValue("authentication.failure.type", "AppwriteSignInException");
	}

	@Test
	void aThrottledAttemptPublishesAFailureEvenWithTheRightPassword() throws Exception {
		String email = newUser();
		for (int i = 0; i < 3; i++) {
			signIn(email, "wrong-password");
		}
		this.recorder.events.clear();
		assertThat(signIn(email, PASSWORD).status()).isEqualTo(429);
		assertThat(only(AppwriteSignInFailureEvent.class).getReason()).isEqualTo(Reason.THROTTLED);
		assertNothingSecret(PASSWORD);
	}

	@Test
	void aSignInThatNeedsASecondFactorPublishesAFailureAndItsCompletionASuccess() throws Exception {
		String email = newUser();
		String userId = this.admin.users().list(List.of(Query.equal("email", email)), null).users().get(0).id();
		this.admin.users().updateEmailVerification(userId, true);
		this.admin.users().updateMFA(userId, true);
		assertThat(signIn(email, PASSWORD).location()).isEqualTo("/login/mfa");
		assertThat(only(AppwriteSignInFailureEvent.class).getReason()).isEqualTo(Reason.MFA_REQUIRED);
		String limited = this.browser.cookies().get("a_session_" + this.admin.getProjectId());
		assertNothingSecret(limited);
		this.recorder.events.clear();
		this.browser.postForm("/auth/mfa/challenge", Map.of("factor", "email", "_csrf", this.browser.csrfFormField()));
		String code = this.emulator.mailbox().awaitMessage(email, Duration.ofSeconds(5)).optionalCode().orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";
		this.browser.postForm("/auth/mfa/verify", Map.of("code", wrong, "_csrf", this.browser.csrfFormField()));
		assertThat(only(AppwriteSignInFailureEvent.class).getReason()).isEqualTo(Reason.CODE);
		this.recorder.events.clear();
		assertThat(
				this.browser.postForm("/auth/mfa/verify", Map.of("code", code, "_csrf", this.browser.csrfFormField()))
					.location())
			.isEqualTo("/");
		AuthenticationSuccessEvent success = only(AuthenticationSuccessEvent.class);
		assertThat(((AppwriteUser) success.getAuthentication().getPrincipal()).getEmail()).isEqualTo(email);
		assertNothingSecret(limited);
		assertNothingSecret(code);
	}

	@Test
	void aSignUpPublishesASuccessForTheNewUser() throws Exception {
		String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		Answer answer = this.browser.postForm("/auth/signup", Map.of("name", "Newcomer", "email", email, "password",
				PASSWORD, "_csrf", this.browser.csrfFormField()));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(
				((AppwriteUser) only(AuthenticationSuccessEvent.class).getAuthentication().getPrincipal()).getEmail())
			.isEqualTo(email);
		assertNothingSecret(PASSWORD);
	}

	@Test
	void anExistingAccountIsASignUpFailure() throws Exception {
		String email = newUser();
		this.browser.postForm("/auth/signup",
				Map.of("email", email, "password", PASSWORD, "_csrf", this.browser.csrfFormField()));
		AppwriteSignInFailureEvent failure = only(AppwriteSignInFailureEvent.class);
		assertThat(failure.getReason()).isEqualTo(Reason.EXISTS);
		assertThat(failure.getAuthentication()).isInstanceOf(AppwriteSignUpAuthenticationToken.class);
		assertNothingSecret(PASSWORD);
	}

	@Test
	void anOAuth2CompletionPublishesASuccessWithoutTheTokenSecret() throws Exception {
		String email = "oauth-ev-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String callback = OAuth2Consent.callbackUrl(this.browser, "/auth/oauth2/github", email);
		String tokenSecret = callback.replaceAll(".*[?&]secret=([^&]+).*", "$1");
		assertThat(this.browser.get(callback).status()).isEqualTo(200);
		AuthenticationSuccessEvent success = only(AuthenticationSuccessEvent.class);
		assertThat(((AppwriteUser) success.getAuthentication().getPrincipal()).getEmail()).isEqualTo(email);
		assertNothingSecret(tokenSecret);
		TestObservationRegistryAssert.assertThat(this.observations)
			.hasObservationWithNameEqualTo("spring.security.authentications")
			.that()
			.hasLowCardinalityKeyValue("authentication.request.type", "AppwriteOAuth2AuthenticationToken");

		this.recorder.events.clear();
		this.browser.dropCookie("a_session_" + this.admin.getProjectId());
		assertThat(this.browser.get(callback).location()).as("a replay").isEqualTo("/login?error=oauth2");
		assertThat(this.recorder.of(AuthenticationSuccessEvent.class)).isEmpty();
	}

	@Test
	void anEmailedCodePublishesAFailureThenASuccessWithoutTheCode() throws Exception {
		String email = newUser();
		this.browser.postForm("/auth/email-otp", Map.of("email", email, "_csrf", this.browser.csrfFormField()));
		String code = this.emulator.mailbox().awaitMessage(email, Duration.ofSeconds(5)).optionalCode().orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";
		Answer refused = this.browser.postForm("/auth/email-otp/verify",
				Map.of("code", wrong, "_csrf", this.browser.csrfFormField()));
		assertThat(refused.location()).isEqualTo("/login/code?error=code");
		AppwriteSignInFailureEvent failure = only(AppwriteSignInFailureEvent.class);
		assertThat(failure.getReason()).isEqualTo(Reason.CODE);
		assertThat(failure.getAuthentication()).isInstanceOf(AppwriteOneTimeTokenAuthenticationToken.class);
		assertNothingSecret(wrong);
		this.recorder.events.clear();
		this.observations.clear();
		Answer signedIn = this.browser.postForm("/auth/email-otp/verify",
				Map.of("code", code, "_csrf", this.browser.csrfFormField()));
		assertThat(signedIn.status()).isEqualTo(302);
		AuthenticationSuccessEvent success = only(AuthenticationSuccessEvent.class);
		assertThat(((AppwriteUser) success.getAuthentication().getPrincipal()).getEmail()).isEqualTo(email);
		assertNothingSecret(code);
		TestObservationRegistryAssert.assertThat(this.observations)
			.hasObservationWithNameEqualTo("spring.security.authentications")
			.that()
			.hasLowCardinalityKeyValue("authentication.request.type", "AppwriteOneTimeTokenAuthenticationToken");
	}

	@Test
	void aSignOutPublishesALogoutSuccessForTheUserSignedOut() throws Exception {
		String email = newUser();
		signIn(email, PASSWORD);
		String secret = this.browser.cookies().get("a_session_" + this.admin.getProjectId());
		this.recorder.events.clear();
		Answer answer = this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.csrfFormField()));
		assertThat(answer.status()).isEqualTo(302);
		LogoutSuccessEvent logout = only(LogoutSuccessEvent.class);
		assertThat(((AppwriteUser) logout.getAuthentication().getPrincipal()).getEmail()).isEqualTo(email);
		assertNothingSecret(secret);
		this.recorder.events.clear();
		this.browser.postForm("/auth/logout", Map.of("_csrf", this.browser.csrfFormField()));
		assertThat(this.recorder.of(LogoutSuccessEvent.class)).as("nobody was signed in").isEmpty();
	}

	private <T> T only(Class<T> type) {
		List<T> events = this.recorder.of(type);
		assertThat(events).as("%s among %s", type.getSimpleName(), this.recorder.events).hasSize(1);
		return events.get(0);
	}

	private void assertNothingSecret(String secret) {
		assertThat(this.recorder.events).isNotEmpty();
		for (AbstractAuthenticationEvent event : this.recorder.events) {
			assertThat(event.toString()).doesNotContain(secret);
			assertThat(event.getAuthentication().toString()).doesNotContain(secret);
			if (event instanceof AbstractAuthenticationFailureEvent failure) {
				assertThat(String.valueOf(failure.getException().getMessage())).doesNotContain(secret);
			}
		}
	}

	/** An application's listener: it keeps every authentication event. */
	public static class Recorder {

		final List<AbstractAuthenticationEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(AbstractAuthenticationEvent event) {
			this.events.add(event);
		}

		<T> List<T> of(Class<T> type) {
			return this.events.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		@Bean
		Recorder authenticationEventRecorder() {
			return new Recorder();
		}

		@Bean
		TestObservationRegistry observationRegistry() {
			return TestObservationRegistry.create();
		}

	}

}
