package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.ContextPathOAuth2Tests;

/**
 * OAuth2 sign-in under a servlet context path.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.servlet.context-path=/app" })
class ServletContextPathOAuth2Tests extends ContextPathOAuth2Tests {

}
