package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.TomcatAccessLogTests;

/**
 * The OAuth2 callback's secret kept out of Tomcat's access log, with Spring Boot's
 * default pattern ({@code common}, whose {@code %r} prints the request line with its
 * query).
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.tomcat.accesslog.prefix=servlet-common" })
class ServletTomcatAccessLogTests extends TomcatAccessLogTests {

	@Override
	protected String basePath() {
		return "";
	}

}
