package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.appwritespring.autoconfigure.security.SessionEventsTests;

/**
 * Appwrite's webhook on WebFlux (Reactor Netty).
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveSessionEventsTests extends SessionEventsTests {

	private static final int PORT = freePort();

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		webhook(registry, PORT);
	}

}
