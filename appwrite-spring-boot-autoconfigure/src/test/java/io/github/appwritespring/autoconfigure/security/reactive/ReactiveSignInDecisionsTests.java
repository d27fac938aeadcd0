package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.SignInDecisionsTests;

/**
 * The shared decisions on WebFlux.
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive",
				"appwrite.security.permit-all=/login,/form,/error" })
class ReactiveSignInDecisionsTests extends SignInDecisionsTests {

}
