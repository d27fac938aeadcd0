package io.github.appwritespring.autoconfigure.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every request to sign in keeps its secrets to itself and is never authenticated.
 */
class AppwriteSignInRequestTokenTests {

	private static List<AppwriteSignInRequestToken> requests() {
		return List.of(new AppwriteOneTimeTokenAuthenticationToken("user-1", "secret-token"),
				new AppwriteOAuth2AuthenticationToken("user-1", "secret-token"),
				new AppwriteInvitationAuthenticationToken("team-1", "membership-1", "user-1", "secret-token"),
				new AppwriteSignUpAuthenticationToken("Ada", "ada@example.com", "secret-token"),
				new AppwriteMfaAuthenticationToken("secret-session", "challenge-1", "secret-token"));
	}

	@Test
	void noRequestShowsItsSecretsInToString() {
		assertThat(requests()).allSatisfy((request) -> assertThat(request.toString()).doesNotContain("secret-token")
			.doesNotContain("secret-session"));
	}

	@Test
	void noRequestCanBeMarkedAuthenticated() {
		assertThat(requests()).allSatisfy((request) -> {
			assertThatIllegalArgumentException().isThrownBy(() -> request.setAuthenticated(true))
				.withMessageContaining("never authenticated itself");
			request.setAuthenticated(false);
			assertThat(request.isAuthenticated()).isFalse();
		});
	}

	@Test
	void erasingCredentialsForgetsEverySecretButKeepsThePrincipal() {
		assertThat(requests()).allSatisfy((request) -> {
			Object principal = request.getPrincipal();
			request.eraseCredentials();
			assertThat(request.getCredentials()).isNull();
			assertThat(request.getPrincipal()).isEqualTo(principal).isNotNull();
		});
		AppwriteMfaAuthenticationToken mfa = new AppwriteMfaAuthenticationToken("secret-session", "challenge-1", "1");
		mfa.eraseCredentials();
		assertThat(mfa.getSessionSecret()).isNull();
	}

}
