package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.AuthenticationEventsTests;

/**
 * Authentication events and observations on WebFlux.
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive",
				"appwrite.security.permit-all=/login,/form,/error" })
class ReactiveAuthenticationEventsTests extends AuthenticationEventsTests {

}
