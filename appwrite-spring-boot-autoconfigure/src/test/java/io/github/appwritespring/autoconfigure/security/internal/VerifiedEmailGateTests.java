package io.github.appwritespring.autoconfigure.security.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

import io.github.appwritespring.autoconfigure.security.AppwriteAuthenticationToken;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityProperties;
import io.github.appwritespring.autoconfigure.security.AppwriteUser;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedEmailGateTests {

	private static VerifiedEmailGate gate(AppwriteSecurityProperties properties) {
		VerifiedEmailGate gate = VerifiedEmailGate.of(properties, SignInPages.of(properties));
		assertThat(gate).isNotNull();
		return gate;
	}

	private static AppwriteSecurityProperties required() {
		AppwriteSecurityProperties properties = new AppwriteSecurityProperties();
		properties.setRequireVerifiedEmail(true);
		return properties;
	}

	private static AppwriteAuthenticationToken user(boolean verified) {
		return new AppwriteAuthenticationToken(
				new AppwriteUser("u1", "u1@example.com", "", List.of(), verified, false, Map.of()), "secret", null,
				List.of());
	}

	@Test
	void offByDefault() {
		AppwriteSecurityProperties properties = new AppwriteSecurityProperties();
		assertThat(VerifiedEmailGate.of(properties, SignInPages.of(properties))).isNull();
	}

	@Test
	void thePermittedPagesAndWhatVerifiesFixesTheEmailSignsInOrOutAreOpen() {
		VerifiedEmailGate gate = gate(required());
		assertThat(List.of("/login", "/verify-email", "/error", "/css/site.css", "/auth/verification",
				"/auth/verification/confirm", "/auth/email", "/auth/logout", "/auth/csrf", "/auth/login",
				"/auth/signup", "/auth/oauth2/github", "/auth/oauth2/callback", "/auth/magic-url",
				"/auth/magic-url/callback", "/auth/email-otp/verify", "/auth/team-invitation"))
			.allSatisfy((path) -> assertThat(gate.isOpen(path)).as(path).isTrue());
		assertThat(List.of("/", "/private", "/auth/password", "/auth/mfa/challenge", "/verify-email/x", "/auth/emails"))
			.allSatisfy((path) -> assertThat(gate.isOpen(path)).as(path).isFalse());
	}

	@Test
	void theApplicationsOwnPathsCount() {
		AppwriteSecurityProperties properties = required();
		properties.setPermitAll(List.of("/public/**"));
		properties.setVerifyEmailPage("/account/verify");
		properties.getEndpoints().setVerification("/account/send-verification");
		VerifiedEmailGate gate = gate(properties);
		assertThat(gate.isOpen("/public/a/b")).isTrue();
		assertThat(gate.isOpen("/account/verify")).isTrue();
		assertThat(gate.isOpen("/account/send-verification")).isTrue();
		assertThat(gate.isOpen("/auth/verification")).isFalse();
		assertThat(gate.verifyEmailPage()).isEqualTo("/account/verify");
	}

	@Test
	void onlyASignedInAppwriteUserWithAnUnverifiedEmailIsRefused() {
		VerifiedEmailGate gate = gate(required());
		assertThat(gate.admits(user(false))).isFalse();
		assertThat(gate.admits(user(true))).isTrue();
		assertThat(gate.admits(null)).isTrue();
		assertThat(gate.admits(new TestingAuthenticationToken("someone", "x"))).isTrue();
		assertThat(new String(VerifiedEmailGate.json(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("\"error\":\"email_not_verified\"");
	}

}
