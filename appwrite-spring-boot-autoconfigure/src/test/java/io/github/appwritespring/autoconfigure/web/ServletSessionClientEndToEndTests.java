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

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring MVC application with only the auto-configuration, on the embedded emulator,
 * over real HTTP.
 */
@SpringBootTest(classes = ServletSessionClientEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletSessionClientEndToEndTests extends SessionClientEndToEndTests {

	@Test
	void requestScopedBeanInASingletonIsTheCookiesUser() throws Exception {
		String cookie = this.http.cookie(this.http.signIn(SessionClientHttp.BOB));
		assertThat(this.http.get("/bean", cookie).body()).isEqualTo(SessionClientHttp.BOB);
	}

	@Test
	void twoUsersNeverSeeEachOthersIdentityThroughTheRequestScopedBean() throws Exception {
		this.http.eachUserSeesOnlyThemselvesUnderConcurrency("/bean");
	}

	@Test
	void withoutAValidSessionTheRequestScopedBeanAnswers401() throws Exception {
		this.http.requestsWithoutAValidSessionAreUnauthorized("/bean");
	}

	@Test
	void sessionClientNeverCarriesTheApiKey() throws Exception {
		String cookie = this.http.cookie(this.http.signIn(SessionClientHttp.ALICE));
		assertThat(this.http.get("/has-key", cookie).body()).isEqualTo("key=false user=true");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Controllers.class)
	static class App {

	}

	@RestController
	static class Controllers {

		private final AppwriteSessionClient requestScoped;

		Controllers(AppwriteSessionClient requestScoped) {
			this.requestScoped = requestScoped;
		}

		@GetMapping("/argument")
		String argument(AppwriteSessionClient me) {
			return me.account().get().email();
		}

		@GetMapping("/bean")
		String bean() {
			return this.requestScoped.account().get().email();
		}

		@GetMapping("/has-key")
		String hasKey(AppwriteSessionClient me) {
			return "key=" + me.client().hasApiKey() + " user=" + me.client().hasUser();
		}

		@ExceptionHandler(AppwriteErrorResponseException.class)
		ResponseEntity<String> appwrite(AppwriteErrorResponseException ex) {
			return ResponseEntity.status(HttpStatus.valueOf(ex.getStatus())).body(ex.getType());
		}

	}

}
