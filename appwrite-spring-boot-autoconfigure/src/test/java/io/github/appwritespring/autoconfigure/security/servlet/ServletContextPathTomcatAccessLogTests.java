package io.github.appwritespring.autoconfigure.security.servlet;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.appwritespring.autoconfigure.security.TomcatAccessLogTests;

/**
 * The OAuth2 callback's secret kept out of Tomcat's access log when the callback lives
 * under a servlet context path.
 */
@SpringBootTest(classes = ServletSecurityTestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.servlet.context-path=/app",
				"server.tomcat.accesslog.prefix=servlet-context-path" })
class ServletContextPathTomcatAccessLogTests extends TomcatAccessLogTests {

	@Override
	protected String basePath() {
		return "/app";
	}

}
