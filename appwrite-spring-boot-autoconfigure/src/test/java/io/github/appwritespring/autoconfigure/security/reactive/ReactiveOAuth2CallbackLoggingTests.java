package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.OAuth2CallbackLoggingTests;

/**
 * The OAuth2 callback's secret kept out of the logs, on WebFlux.
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveOAuth2CallbackLoggingTests extends OAuth2CallbackLoggingTests {

}
