package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.HtmxTests;

/**
 * Htmx-aware answers on WebFlux (Reactor Netty).
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveHtmxTests extends HtmxTests {

}
