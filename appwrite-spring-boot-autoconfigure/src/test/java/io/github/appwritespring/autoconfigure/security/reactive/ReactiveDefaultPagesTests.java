package io.github.appwritespring.autoconfigure.security.reactive;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.github.appwritespring.autoconfigure.security.DefaultPagesTests;

/**
 * The default pages on the WebFlux (Reactor Netty).
 */
@SpringBootTest(classes = ReactiveDefaultPagesTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveDefaultPagesTests extends DefaultPagesTests {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Pages.class)
	static class App {

	}

	@RestController
	static class Pages {

		@GetMapping("/")
		String home() {
			return "home";
		}

		@GetMapping("/mine")
		String mine() {
			return "my own page";
		}

		@GetMapping("/signup")
		String signup() {
			return "my own sign-up page";
		}

	}

}
