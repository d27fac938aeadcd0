package io.github.appwritespring.autoconfigure.security.servlet;

import org.apache.catalina.valves.ExtendedAccessLogValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.appwritespring.autoconfigure.security.TomcatAccessLogTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAuth2 callback's secret kept out of Tomcat's access logs with a pattern that
 * prints the query twice ({@code %U%q} and {@code %r}), and out of an extended access log
 * that the application adds as a context valve of its own ({@code cs-uri},
 * {@code cs-uri-query}).
 */
@SpringBootTest(classes = { ServletSecurityTestApp.class, ServletCustomPatternTomcatAccessLogTests.OwnAccessLog.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.tomcat.accesslog.prefix=servlet-custom",
				"server.tomcat.accesslog.pattern=%m %U%q \"%r\" %s %b" })
class ServletCustomPatternTomcatAccessLogTests extends TomcatAccessLogTests {

	@Override
	protected String basePath() {
		return "";
	}

	@Test
	void theQueryAndTheRequestLineAreBothRedacted() throws Exception {
		String callback = signInThroughTheCallback("access-log-twice@example.com");
		assertThat(callbackLines(callback, 1)).singleElement()
			.asString()
			.startsWith("GET /auth/oauth2/callback?")
			.contains("\"GET /auth/oauth2/callback?")
			.containsSubsequence("secret=redacted", "secret=redacted")
			.doesNotContain(secret(callback));
	}

	@Test
	void theApplicationsOwnExtendedAccessLogIsRedactedToo() throws Exception {
		String callback = signInThroughTheCallback("access-log-extended@example.com");
		assertThat(callbackLines(callback, 1)).hasSize(1);
		assertThat(accessLog(OwnAccessLog.PREFIX)).contains("/auth/oauth2/callback?")
			.containsSubsequence("secret=redacted", "secret=redacted")
			.doesNotContain(secret(callback));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnAccessLog {

		static final String PREFIX = "servlet-custom-extended";

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> extendedAccessLog(
				@Value("${server.tomcat.accesslog.directory}") String directory) {
			return (factory) -> {
				ExtendedAccessLogValve valve = new ExtendedAccessLogValve();
				valve.setPattern("cs-method cs-uri cs-uri-query sc-status");
				valve.setDirectory(directory);
				valve.setPrefix(PREFIX);
				valve.setBuffered(false);
				factory.addContextValves(valve);
			};
		}

	}

}
