package io.github.appwritespring.autoconfigure.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.github.appwritespring.client.AppwriteClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What both stacks must show over real HTTP: a controller's {@code /argument} endpoint
 * answers the email of the session cookie's user.
 */
@TestPropertySource(locations = "classpath:session-client-e2e.properties")
abstract class SessionClientEndToEndTests {

	@LocalServerPort
	private int port;

	@Autowired
	private AppwriteClient admin;

	SessionClientHttp http;

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
	void twoUsersNeverSeeEachOthersIdentity() throws Exception {
		this.http.eachUserSeesOnlyThemselvesUnderConcurrency("/argument");
	}

	@Test
	void withoutAValidSessionTheAnswerIs401() throws Exception {
		this.http.requestsWithoutAValidSessionAreUnauthorized("/argument");
	}

}
