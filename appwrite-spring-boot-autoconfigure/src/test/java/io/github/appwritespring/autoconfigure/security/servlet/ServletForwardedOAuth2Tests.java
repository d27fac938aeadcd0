package io.github.appwritespring.autoconfigure.security.servlet;

import io.github.appwritespring.autoconfigure.security.ForwardedOAuth2Tests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * OAuth2 sign-in behind a proxy, on the servlet stack.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletForwardedOAuth2Tests extends ForwardedOAuth2Tests {

}
