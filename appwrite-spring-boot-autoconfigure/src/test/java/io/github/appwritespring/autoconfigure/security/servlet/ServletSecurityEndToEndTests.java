package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.SecurityEndToEndTests;

/**
 * The security scenarios on the servlet stack (Tomcat), with the default
 * {@code SecurityFilterChain}.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletSecurityEndToEndTests extends SecurityEndToEndTests {

}
