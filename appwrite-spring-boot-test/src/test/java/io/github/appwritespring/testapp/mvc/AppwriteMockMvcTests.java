package io.github.appwritespring.testapp.mvc;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.test.AppwriteSessionRequestPostProcessor;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static io.github.appwritespring.test.AppwriteMockMvc.appwriteSession;
import static io.github.appwritespring.test.AppwriteMockMvc.appwriteSessionCookie;
import static io.github.appwritespring.test.AppwriteMockMvc.appwriteUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests signed in with real emulator sessions: the production session filter reads the
 * cookie and resolves it through Appwrite, and the session client acts as the user.
 */
@SpringBootTest(classes = MvcTestApp.class, properties = MockMvcTestProperties.USERS)
@AutoConfigureMockMvc
@AutoConfigureAppwriteEmulator
class AppwriteMockMvcTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppwriteEmulator emulator;

	@Autowired
	AppwriteClient admin;

	@Test
	void aSessionOfASeededUserIsResolvedToItsPrincipal() throws Exception {
		this.mvc.perform(get("/me").with(appwriteSession("alice")))
			.andExpect(status().isOk())
			.andExpect(content().string("alice@example.com [FACTOR_SERVER]"));
	}

	@Test
	void theSessionClientActsAsTheUser() throws Exception {
		this.mvc.perform(get("/me/appwrite").with(appwriteSession("alice")))
			.andExpect(status().isOk())
			.andExpect(content().string("alice@example.com"));
	}

	@Test
	void labelsBecomeAuthoritiesThroughTheApplicationsMapper() throws Exception {
		this.mvc.perform(get("/me").with(appwriteSession(this.emulator, "admin")))
			.andExpect(content().string("admin@example.com [FACTOR_SERVER,ROLE_ADMIN]"));
		this.mvc.perform(get("/admin").with(appwriteSession(this.emulator, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string("admin admin"));
		this.mvc.perform(get("/admin").with(appwriteSession("alice"))).andExpect(status().isForbidden());
	}

	@Test
	void aRealEmailPasswordSignIn() throws Exception {
		this.mvc.perform(get("/me/appwrite").with(appwriteUser("alice@example.com", "alice-password")))
			.andExpect(status().isOk())
			.andExpect(content().string("alice@example.com"));
	}

	@Test
	void aWrongPasswordFailsTheTestClearly() {
		assertThatExceptionOfType(AppwriteErrorResponseException.class)
			.isThrownBy(() -> this.mvc.perform(get("/me").with(appwriteUser("alice@example.com", "wrong-password"))))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(401));
	}

	@Test
	void aUserFoundByEmail() throws Exception {
		this.mvc.perform(get("/me").with(appwriteUser("admin@example.com")))
			.andExpect(content().string("admin@example.com [FACTOR_SERVER,ROLE_ADMIN]"));
	}

	@Test
	void aUserSeededInTheTest() throws Exception {
		String id = this.emulator.seedUser("unique()", "carol@example.com", "carol-password", "Carol", "admin");
		this.mvc.perform(get("/admin").with(appwriteSession(id))).andExpect(status().isOk());
	}

	@Test
	void anUnknownEmailFailsTheTestClearly() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.mvc.perform(get("/me").with(appwriteUser("nobody@example.com"))))
			.withMessageContaining("nobody@example.com");
	}

	@Test
	void unsafeMethodsNeedCsrfToo() throws Exception {
		this.mvc.perform(post("/notes").with(appwriteSession("alice"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/notes").with(appwriteSession("alice")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string("note by alice"));
	}

	@Test
	void onePostProcessorIsOneBrowserWithOneSession() throws Exception {
		AppwriteSessionRequestPostProcessor alice = appwriteSession("alice");
		this.mvc.perform(get("/me").with(alice)).andExpect(status().isOk());
		this.mvc.perform(get("/me").with(alice)).andExpect(status().isOk());
		assertThat(this.admin.users().listSessions("alice").total()).isEqualTo(1);
	}

	@Test
	void aSessionDeletedInAppwriteIsSignedOutForReal() throws Exception {
		AppwriteSessionRequestPostProcessor alice = appwriteSession("alice");
		this.mvc.perform(get("/me").with(alice)).andExpect(status().isOk());
		this.admin.users().deleteSessions("alice");
		this.mvc.perform(get("/me").with(alice))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andExpect(header().string(HttpHeaders.SET_COOKIE, org.hamcrest.Matchers.containsString("Max-Age=0")));
	}

	@Test
	void aMalformedCookieIsNoSession() throws Exception {
		this.mvc.perform(get("/me").with(appwriteSessionCookie("not-a-session"))).andExpect(status().isFound());
	}

	@Test
	void withoutASessionBrowsersAreSentToSignInAndJsonClientsGet401() throws Exception {
		this.mvc.perform(get("/me")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/me").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
	}

}
