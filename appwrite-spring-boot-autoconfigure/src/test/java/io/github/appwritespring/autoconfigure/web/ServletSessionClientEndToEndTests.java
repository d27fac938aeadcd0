package io.github.appwritespring.autoconfigure.web;

import io.github.appwritespring.autoconfigure.AppwriteSessionClient;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring MVC application with only the auto-configuration, on the embedded emulator, over real HTTP.
 */
@SpringBootTest(classes = ServletSessionClientEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
@TestPropertySource(locations = "classpath:session-client-e2e.properties")
class ServletSessionClientEndToEndTests {

	@LocalServerPort
	private int port;

	@Autowired
	private AppwriteClient admin;

	private SessionClientHttp http;

	@BeforeEach
	void setUp() {
		this.http = new SessionClientHttp(this.port, this.admin);
	}

	@Test
	void controllerArgumentIsTheCookiesUser() throws Exception {
		String cookie = this.http.cookie(this.http.signIn(SessionClientHttp.ALICE));
		assertThat(this.http.get("/argument", cookie).body()).isEqualTo(SessionClientHttp.ALICE);
	}

	@Test
	void requestScopedBeanInASingletonIsTheCookiesUser() throws Exception {
		String cookie = this.http.cookie(this.http.signIn(SessionClientHttp.BOB));
		assertThat(this.http.get("/bean", cookie).body()).isEqualTo(SessionClientHttp.BOB);
	}

	@Test
	void twoUsersNeverSeeEachOthersIdentity() throws Exception {
		this.http.eachUserSeesOnlyThemselvesUnderConcurrency("/argument");
		this.http.eachUserSeesOnlyThemselvesUnderConcurrency("/bean");
	}

	@Test
	void withoutAValidSessionTheAnswerIs401() throws Exception {
		this.http.requestsWithoutAValidSessionAreUnauthorized("/argument");
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

		@ExceptionHandler(AppwriteException.class)
		ResponseEntity<String> appwrite(AppwriteException ex) {
			return ResponseEntity.status(HttpStatus.valueOf(ex.getStatus())).body(ex.getType());
		}

	}

}
