package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import io.github.appwritespring.autoconfigure.security.DefaultPagesTests;

/**
 * The default pages on the WebFlux (Reactor Netty).
 */
@SpringBootTest(classes = ReactiveDefaultPagesTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveDefaultPagesTests extends DefaultPagesTests {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(DefaultPagesTests.Pages.class)
	static class App {

	}

}
