package io.github.appwritespring.autoconfigure.security.tomcat;

import org.apache.catalina.valves.AccessLogValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.ApplicationContext;

import io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.AppwriteSecurityAutoConfiguration;
import io.github.appwritespring.autoconfigure.security.SecurityAutoConfigurationTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the access-log customizer is there, and which callback path it redacts on each
 * stack.
 */
class AppwriteTomcatAccessLogAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(AppwriteAutoConfiguration.class,
			AppwriteSecurityAutoConfiguration.class, AppwriteTomcatAccessLogAutoConfiguration.class);

	private static final FilteredClassLoader WITHOUT_EMULATOR = new FilteredClassLoader(
			"io.github.appwritespring.emulator");

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS)
		.withClassLoader(WITHOUT_EMULATOR)
		.withPropertyValues(SecurityAutoConfigurationTests.CONNECTION);

	private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS)
		.withClassLoader(WITHOUT_EMULATOR)
		.withPropertyValues(SecurityAutoConfigurationTests.CONNECTION);

	@Test
	void aServletApplicationRedactsTheCallbackBelowTheContextPath() {
		this.servlet.run(redacting("/auth/oauth2/callback"));
		this.servlet.withPropertyValues("appwrite.security.endpoints.oauth2=/sign-in/oauth2")
			.run(redacting("/sign-in/oauth2/callback"));
	}

	@Test
	void aReactiveApplicationRedactsTheCallbackBelowTheBasePath() {
		this.reactive.run(redacting("/auth/oauth2/callback"));
		this.reactive.withPropertyValues("spring.webflux.base-path=app/").run(redacting("/app/auth/oauth2/callback"));
		this.reactive.withPropertyValues("spring.webflux.base-path= ").run(redacting("/auth/oauth2/callback"));
	}

	@Test
	void theApplicationsOwnCustomizerReplacesIt() {
		OAuth2CallbackAccessLogCustomizer own = new OAuth2CallbackAccessLogCustomizer("/own/callback");
		this.servlet.withBean(OAuth2CallbackAccessLogCustomizer.class, () -> own)
			.run((context) -> assertThat(context).getBean(OAuth2CallbackAccessLogCustomizer.class).isSameAs(own));
	}

	@Test
	void withoutTomcatThereIsNone() {
		this.servlet
			.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator", "org.apache.catalina"))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(OAuth2CallbackAccessLogCustomizer.class));
	}

	@Test
	void withoutTheSecurityIntegrationThereIsNone() {
		this.servlet.withPropertyValues("appwrite.security.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(OAuth2CallbackAccessLogCustomizer.class));
	}

	@Test
	void outsideAWebApplicationThereIsNone() {
		new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withClassLoader(WITHOUT_EMULATOR)
			.withPropertyValues(SecurityAutoConfigurationTests.CONNECTION)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(OAuth2CallbackAccessLogCustomizer.class));
	}

	private static ContextConsumer<ApplicationContext> redacting(String path) {
		return (context) -> {
			assertThat(context.getBeansOfType(OAuth2CallbackAccessLogCustomizer.class)).hasSize(1);
			TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
			factory.addEngineValves(new AccessLogValve());
			context.getBean(OAuth2CallbackAccessLogCustomizer.class).customize(factory);
			assertThat(factory.getEngineValves().iterator().next()).isInstanceOfSatisfying(
					OAuth2CallbackRedactingValve.class, (valve) -> assertThat(valve.getCallbackPath()).isEqualTo(path));
		};
	}

}
