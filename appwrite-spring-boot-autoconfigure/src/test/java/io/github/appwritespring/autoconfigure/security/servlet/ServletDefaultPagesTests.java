package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import io.github.appwritespring.autoconfigure.security.DefaultPagesTests;

/**
 * The default pages on the servlet stack (Spring MVC on Tomcat).
 */
@SpringBootTest(classes = ServletDefaultPagesTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletDefaultPagesTests extends DefaultPagesTests {

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(DefaultPagesTests.Pages.class)
	static class App {

	}

}
