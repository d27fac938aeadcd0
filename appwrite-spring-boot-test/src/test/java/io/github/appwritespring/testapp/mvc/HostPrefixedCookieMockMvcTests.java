package io.github.appwritespring.testapp.mvc;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.appwritespring.test.AppwriteMockMvc.appwriteSession;
import static io.github.appwritespring.test.AppwriteMockMvc.appwriteSessionCookie;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code appwrite.security.cookie.host-prefix} the helper sends the cookie under the application's
 * {@code __Host-} name.
 */
@SpringBootTest(classes = MvcTestApp.class, properties = { MockMvcTestProperties.USERS,
		"appwrite.security.cookie.host-prefix=true" })
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
			.andExpect(content().string("alice@example.com []"));
	}

	@Test
	void theUnprefixedNameIsNotRead() throws Exception {
		String session = this.emulator.createSession("alice");
		this.mvc.perform(get("/me").with(appwriteSessionCookie(session).cookieName("a_session_" + this.emulator.projectId())))
			.andExpect(status().isFound());
		this.mvc.perform(get("/me").with(appwriteSessionCookie(session)))
			.andExpect(status().isOk());
	}

}
