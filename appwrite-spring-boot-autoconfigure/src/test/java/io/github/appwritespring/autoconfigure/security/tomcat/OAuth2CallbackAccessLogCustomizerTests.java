package io.github.appwritespring.autoconfigure.security.tomcat;

import org.apache.catalina.valves.AccessLogValve;
import org.apache.catalina.valves.ExtendedAccessLogValve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.reactive.TomcatReactiveWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the customizer puts the redacting valve: ahead of the factory's access logs, and
 * nowhere when there is none.
 */
class OAuth2CallbackAccessLogCustomizerTests {

	private final OAuth2CallbackAccessLogCustomizer customizer = new OAuth2CallbackAccessLogCustomizer(
			"/auth/oauth2/callback");

	@Test
	void withoutAnAccessLogNothingIsAdded() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		RemoteIpValve remoteIp = new RemoteIpValve();
		factory.addEngineValves(remoteIp);
		this.customizer.customize(factory);
		assertThat(factory.getEngineValves()).containsExactly(remoteIp);
		assertThat(factory.getContextValves()).isEmpty();
	}

	@Test
	void theValveGoesAheadOfTheEngineValves() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		RemoteIpValve remoteIp = new RemoteIpValve();
		AccessLogValve accessLog = new AccessLogValve();
		factory.addEngineValves(remoteIp, accessLog);
		this.customizer.customize(factory);
		assertThat(factory.getEngineValves()).hasSize(3).endsWith(remoteIp, accessLog);
		assertThat(factory.getEngineValves().iterator().next()).isInstanceOfSatisfying(
				OAuth2CallbackRedactingValve.class,
				(valve) -> assertThat(valve.getCallbackPath()).isEqualTo("/auth/oauth2/callback"));
		assertThat(factory.getContextValves()).isEmpty();
	}

	@Test
	void andAheadOfTheContextValvesWhenAnAccessLogIsThere() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		ExtendedAccessLogValve accessLog = new ExtendedAccessLogValve();
		factory.addContextValves(accessLog);
		this.customizer.customize(factory);
		assertThat(factory.getContextValves()).hasSize(2).endsWith(accessLog);
		assertThat(factory.getContextValves().iterator().next()).isInstanceOf(OAuth2CallbackRedactingValve.class);
		assertThat(factory.getEngineValves()).isEmpty();
	}

	@Test
	void aReactiveFactoryIsCustomizedAlike() {
		TomcatReactiveWebServerFactory factory = new TomcatReactiveWebServerFactory();
		factory.addEngineValves(new AccessLogValve());
		this.customizer.customize(factory);
		assertThat(factory.getEngineValves()).hasSize(2).first().isInstanceOf(OAuth2CallbackRedactingValve.class);
	}

	@Test
	void customizingTwiceAddsOneValve() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		factory.addEngineValves(new AccessLogValve());
		this.customizer.customize(factory);
		this.customizer.customize(factory);
		assertThat(factory.getEngineValves()).hasSize(2)
			.filteredOn(OAuth2CallbackRedactingValve.class::isInstance)
			.hasSize(1);
	}

	@Test
	void itRunsAfterSpringBootsCustomizer() {
		TomcatWebServerFactoryCustomizer boots = new TomcatWebServerFactoryCustomizer(new MockEnvironment(),
				new ServerProperties(), new TomcatServerProperties(), new WebProperties());
		assertThat(this.customizer.getOrder()).isGreaterThan(boots.getOrder());
	}

}
