package io.github.appwritespring.testapp.webflux;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static io.github.appwritespring.test.AppwriteWebTestClient.appwriteSession;
import static io.github.appwritespring.test.AppwriteWebTestClient.appwriteUser;

/**
 * WebTestClient signed in with real emulator sessions, over real HTTP on Reactor Netty:
 * the application's session client reads the cookie and Appwrite answers as the user.
 */
@SpringBootTest(classes = WebFluxTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = """
		spring.main.web-application-type=reactive
		appwrite.emulator.users[0].id=alice
		appwrite.emulator.users[0].email=alice@example.com
		appwrite.emulator.users[0].password=alice-password
		""")
@AutoConfigureAppwriteEmulator
class AppwriteWebTestClientTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AppwriteEmulator emulator;

	WebTestClient client;

	@BeforeEach
	void bindToTheServer() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void aSessionCreatedInTheEmulator() {
		this.client.mutateWith(appwriteSession(this.context, "alice"))
			.get()
			.uri("/me/appwrite")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("alice@example.com");
	}

	@Test
	void aSessionOfAGivenEmulator() {
		assertSignedInAsAlice(appwriteSession(this.emulator, "alice"));
	}

	@Test
	void aRealEmailPasswordSignIn() {
		assertSignedInAsAlice(appwriteUser(this.context, "alice@example.com", "alice-password"));
	}

	@Test
	void aUserFoundByEmail() {
		assertSignedInAsAlice(appwriteUser(this.context, "alice@example.com"));
	}

	private void assertSignedInAsAlice(WebTestClientConfigurer session) {
		this.client.mutateWith(session)
			.get()
			.uri("/me/appwrite")
			.exchange()
			.expectBody(String.class)
			.isEqualTo("alice@example.com");
	}

	@Test
	void theMutatedClientKeepsItsSessionAndTheOriginalHasNone() {
		WebTestClient alice = this.client.mutateWith(appwriteSession(this.context, "alice"));
		alice.get().uri("/me/appwrite").exchange().expectBody(String.class).isEqualTo("alice@example.com");
		alice.get().uri("/me/appwrite").exchange().expectBody(String.class).isEqualTo("alice@example.com");
		this.client.get().uri("/me/appwrite").exchange().expectBody(String.class).isEqualTo("anonymous");
	}

	@Test
	void anOtherCookieNameIsNotReadByTheApplication() {
		this.client.mutateWith(appwriteSession(this.emulator, "alice").cookieName("__Host-a_session_other"))
			.get()
			.uri("/me/appwrite")
			.exchange()
			.expectBody(String.class)
			.isEqualTo("anonymous");
	}

}
