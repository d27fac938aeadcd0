package io.github.appwritespring.autoconfigure.security.servlet;

import io.github.appwritespring.autoconfigure.security.AppwriteFailureAnswersTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Failing Appwrite answers on the servlet stack.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletAppwriteFailureAnswersTests extends AppwriteFailureAnswersTests {

}
