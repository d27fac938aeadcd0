package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.ContextPathOAuth2Tests;

/**
 * OAuth2 sign-in under a WebFlux base path.
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "spring.webflux.base-path=/app" })
class ReactiveContextPathOAuth2Tests extends ContextPathOAuth2Tests {

}
