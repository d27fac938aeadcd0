package io.github.appwritespring.autoconfigure.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.model.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebFlux application with only the auto-configuration, on the embedded emulator, over
 * real HTTP.
 */
@SpringBootTest(classes = ReactiveSessionClientEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveSessionClientEndToEndTests extends SessionClientEndToEndTests {

	@Test
	void blockingFaceOnTheEventLoopIsRefusedClearly() throws Exception {
		String cookie = this.http.cookie(this.http.signIn(SessionClientHttp.ALICE));
		assertThat(this.http.get("/blocking", cookie).body()).contains("reactive");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Controllers.class)
	static class App {

	}

	@RestController
	static class Controllers {

		@GetMapping("/argument")
		Mono<String> argument(AppwriteSessionClient me) {
			return me.reactive().account().get().map(User::email);
		}

		@GetMapping("/blocking")
		String blocking(AppwriteSessionClient me) {
			try {
				return me.account().get().email();
			}
			catch (IllegalStateException ex) {
				return ex.getMessage();
			}
		}

		@ExceptionHandler(AppwriteErrorResponseException.class)
		ResponseEntity<String> appwrite(AppwriteErrorResponseException ex) {
			return ResponseEntity.status(HttpStatus.valueOf(ex.getStatus())).body(ex.getType());
		}

	}

}
