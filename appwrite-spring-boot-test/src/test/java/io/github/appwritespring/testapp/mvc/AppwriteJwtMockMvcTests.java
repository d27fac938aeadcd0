package io.github.appwritespring.testapp.mvc;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import io.github.appwritespring.test.AppwriteJwtRequestPostProcessor;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static io.github.appwritespring.test.AppwriteMockMvc.appwriteJwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests that carry a real emulator JWT, as an API client sends it on the JWT paths:
 * the production JWT filter resolves it through Appwrite, no cookie, no CSRF token.
 */
@SpringBootTest(classes = MvcTestApp.class,
		properties = { MockMvcTestProperties.USERS, "appwrite.security.jwt.paths=/me/**,/notes" })
@AutoConfigureMockMvc
@AutoConfigureAppwriteEmulator
class AppwriteJwtMockMvcTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aJwtSignsTheRequestInAsItsUser() throws Exception {
		AppwriteJwtRequestPostProcessor alice = appwriteJwt("alice");
		this.mvc.perform(get("/me").with(alice))
			.andExpect(status().isOk())
			.andExpect(content().string("alice@example.com [FACTOR_SERVER]"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		this.mvc.perform(get("/me/appwrite").with(alice))
			.andExpect(status().isOk())
			.andExpect(content().string("alice@example.com"));
	}

	@Test
	void aPostNeedsNoCsrfToken() throws Exception {
		this.mvc.perform(post("/notes").with(appwriteJwt("alice")))
			.andExpect(status().isOk())
			.andExpect(content().string("note by alice"));
	}

	@Test
	void withoutAJwtTheRequestIsAskedForOne() throws Exception {
		this.mvc.perform(get("/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
	}

}
