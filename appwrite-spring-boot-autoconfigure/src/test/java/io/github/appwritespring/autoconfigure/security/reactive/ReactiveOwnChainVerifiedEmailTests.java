package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.OwnChainVerifiedEmailTests;

/**
 * Required verified emails in the application's own WebFlux chain.
 */
@SpringBootTest(classes = ReactiveSecurityOptionsTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveOwnChainVerifiedEmailTests extends OwnChainVerifiedEmailTests {

}
