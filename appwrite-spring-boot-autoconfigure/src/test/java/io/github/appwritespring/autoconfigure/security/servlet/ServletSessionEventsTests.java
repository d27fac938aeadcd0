package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.appwritespring.autoconfigure.security.SessionEventsTests;

/**
 * Appwrite's webhook on the servlet stack (Tomcat).
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletSessionEventsTests extends SessionEventsTests {

	private static final int PORT = freePort();

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		webhook(registry, PORT);
	}

}
