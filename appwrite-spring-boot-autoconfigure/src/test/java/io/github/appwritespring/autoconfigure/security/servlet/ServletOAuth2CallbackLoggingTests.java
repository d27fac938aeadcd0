package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.OAuth2CallbackLoggingTests;

/**
 * The OAuth2 callback's secret kept out of the logs, on the servlet stack.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletOAuth2CallbackLoggingTests extends OAuth2CallbackLoggingTests {

}
