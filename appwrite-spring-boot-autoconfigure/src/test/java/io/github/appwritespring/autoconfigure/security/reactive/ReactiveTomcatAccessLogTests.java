package io.github.appwritespring.autoconfigure.security.reactive;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;

import io.github.appwritespring.autoconfigure.security.TomcatAccessLogTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAuth2 callback's secret kept out of Tomcat's access log on WebFlux on Tomcat
 * (rather than Reactor Netty), under a base path.
 */
@SpringBootTest(classes = ReactiveSecurityEndToEndTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=reactive", "spring.webflux.base-path=/app",
				"spring.autoconfigure.exclude=org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration",
				"server.tomcat.accesslog.prefix=reactive" })
class ReactiveTomcatAccessLogTests extends TomcatAccessLogTests {

	@Autowired
	ReactiveWebServerApplicationContext context;

	@Override
	protected String basePath() {
		return "/app";
	}

	@Test
	void theApplicationRunsOnTomcat() {
		assertThat(this.context.getWebServer()).isInstanceOf(TomcatWebServer.class);
	}

}
