package io.github.appwritespring.autoconfigure.security.reactive;

import io.github.appwritespring.autoconfigure.security.AppwriteOutageTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Appwrite stopped mid-session, and expired sessions, on WebFlux.
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class ReactiveAppwriteOutageTests extends AppwriteOutageTests {

}
