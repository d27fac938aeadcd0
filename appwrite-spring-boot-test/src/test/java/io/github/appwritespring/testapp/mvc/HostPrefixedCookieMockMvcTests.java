package io.github.appwritespring.testapp.mvc;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.test.AppwriteSessionRequestPostProcessor;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static io.github.appwritespring.test.AppwriteMockMvc.appwriteSession;
import static io.github.appwritespring.test.AppwriteMockMvc.appwriteSessionCookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code appwrite.session-cookie.host-prefix} the helper sends the cookie under the
 * application's {@code __Host-} name.
 */
@SpringBootTest(classes = MvcTestApp.class,
		properties = { MockMvcTestProperties.USERS, "appwrite.session-cookie.host-prefix=true" })
@AutoConfigureMockMvc
@AutoConfigureAppwriteEmulator
class HostPrefixedCookieMockMvcTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppwriteEmulator emulator;

	@Test
	void theSessionTravelsUnderTheHostPrefixedName() throws Exception {
		this.mvc.perform(get("/me").with(appwriteSession("alice")))
			.andExpect(status().isOk())
			.andExpect(content().string("alice@example.com [FACTOR_SERVER]"));
	}

	@Test
	void theUnprefixedNameIsNotRead() throws Exception {
		String session = this.emulator.createSession("alice");
		this.mvc
			.perform(get("/me")
				.with(appwriteSessionCookie(session).cookieName("a_session_" + this.emulator.projectId())))
			.andExpect(status().isFound());
		this.mvc.perform(get("/me").with(appwriteSessionCookie(session))).andExpect(status().isOk());
	}

	/**
	 * Here, not beside the form-token tests: Spring Security's {@code csrf()}
	 * post-processor swaps the chain's CSRF token repository for the rest of the
	 * context's life, and this context never sees it.
	 */
	@Test
	void jsonClientsSendTheTokenOfTheCsrfEndpointAsAHeader() throws Exception {
		AppwriteSessionRequestPostProcessor alice = appwriteSession("alice");
		MvcResult csrfAnswer = this.mvc.perform(get("/auth/csrf").with(alice).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andReturn();
		String token = JsonPath.read(csrfAnswer.getResponse().getContentAsString(), "$.token");
		Cookie csrfCookie = csrfAnswer.getResponse().getCookie("XSRF-TOKEN");
		assertThat(csrfCookie).isNotNull();
		this.mvc.perform(post("/notes").with(alice).cookie(csrfCookie).header("X-XSRF-TOKEN", token))
			.andExpect(status().isOk())
			.andExpect(content().string("note by alice"));
	}

}
