package io.github.appwritespring.consumer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static io.github.appwritespring.test.AppwriteMockMvc.appwriteSession;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The README's "Testing your application": appwrite-spring-boot-test's emulator for the
 * test context and a MockMvc request signed in with a real emulator session.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureAppwriteEmulator
class TestSupportTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aliceSeesHerself() throws Exception {
		this.mvc.perform(get("/me").with(appwriteSession("alice")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("alice@example.com"));
	}

	@Test
	void withoutASessionNobodyIsSeen() throws Exception {
		this.mvc.perform(get("/me").header("Accept", "application/json")).andExpect(status().isUnauthorized());
	}

}
