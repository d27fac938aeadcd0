package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.SignInDecisionsTests;

/**
 * The shared decisions on the servlet stack.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletSignInDecisionsTests extends SignInDecisionsTests {

}
