package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.OwnChainVerifiedEmailTests;

/**
 * Required verified emails in the application's own servlet chain.
 */
@SpringBootTest(classes = ServletSecurityOptionsTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class ServletOwnChainVerifiedEmailTests extends OwnChainVerifiedEmailTests {

}
