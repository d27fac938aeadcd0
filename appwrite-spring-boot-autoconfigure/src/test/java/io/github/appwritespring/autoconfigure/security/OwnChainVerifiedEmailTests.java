package io.github.appwritespring.autoconfigure.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.autoconfigure.security.Browser.Answer;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code appwrite.security.require-verified-email} in the application's own chain (the
 * {@link SecurityOptionsTests} application: sign-in page {@code /sign-in}, success URL
 * {@code /home}, {@code /admin} for {@code ROLE_ADMIN}): the integration's filter applies
 * ahead of the chain's rules, which still decide for verified users.
 */
@TestPropertySource(properties = "appwrite.security.require-verified-email=true")
public abstract class OwnChainVerifiedEmailTests {

	private static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	AppwriteClient admin;

	private Browser signedIn(boolean verified, String... labels) throws Exception {
		String email = "own" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String id = this.admin.users().create(ID.unique(), email, null, PASSWORD, "Own").id();
		if (verified) {
			this.admin.users().updateEmailVerification(id, true);
		}
		if (labels.length > 0) {
			this.admin.users().updateLabels(id, List.of(labels));
		}
		Browser browser = new Browser(this.port);
		Answer login = browser.postForm("/auth/login",
				Map.of("email", email, "password", PASSWORD, "_csrf", browser.csrfFormField()));
		assertThat(login.location()).isEqualTo("/home");
		return browser;
	}

	@Test
	void anUnverifiedUserIsKeptToTheChainsSignInPageAndTheVerifyEmailPage() throws Exception {
		Browser browser = signedIn(false, "admin");
		Answer admin = browser.getPage("/admin");
		assertThat(admin.status()).isEqualTo(302);
		assertThat(admin.location()).isEqualTo("/verify-email");
		Answer json = browser.get("/me", Map.of("Accept", "application/json"));
		assertThat(json.status()).isEqualTo(403);
		assertThat(json.body()).contains("\"error\":\"email_not_verified\"");
		assertThat(browser.getPage("/sign-in").status()).as("the chain's own sign-in page").isEqualTo(200);
	}

	@Test
	void forVerifiedUsersTheChainsRulesDecide() throws Exception {
		assertThat(signedIn(true).getPage("/admin").status()).isEqualTo(403);
		assertThat(signedIn(true, "admin").getPage("/admin").status()).isEqualTo(200);
		assertThat(new Browser(this.port).getPage("/admin").location()).endsWith("/sign-in");
	}

}
