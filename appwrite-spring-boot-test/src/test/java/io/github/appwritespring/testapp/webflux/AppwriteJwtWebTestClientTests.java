package io.github.appwritespring.testapp.webflux;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static io.github.appwritespring.test.AppwriteWebTestClient.appwriteJwt;

/**
 * WebTestClient sending a real emulator JWT, over real HTTP on Reactor Netty, as an API
 * client calls the JWT paths: the starter's chain resolves it through Appwrite.
 */
@SpringBootTest(classes = JwtWebFluxTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = """
		spring.main.web-application-type=reactive
		appwrite.security.jwt.paths=/api/**
		appwrite.emulator.users[0].id=alice
		appwrite.emulator.users[0].email=alice@example.com
		appwrite.emulator.users[0].password=alice-password
		""")
@AutoConfigureAppwriteEmulator
class AppwriteJwtWebTestClientTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aJwtSignsEveryRequestInAsItsUser() {
		WebTestClient alice = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.mutateWith(appwriteJwt(this.context, "alice"));
		alice.get()
			.uri("/api/me")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE)
			.expectBody(String.class)
			.isEqualTo("alice@example.com");
		alice.get()
			.uri("/api/me/appwrite")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("alice@example.com");
	}

}
