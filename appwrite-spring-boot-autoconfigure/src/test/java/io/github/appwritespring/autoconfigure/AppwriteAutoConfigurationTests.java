package io.github.appwritespring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.github.appwritespring.autoconfigure.web.reactive.AppwriteReactiveAutoConfiguration;
import io.github.appwritespring.autoconfigure.web.servlet.AppwriteServletAutoConfiguration;
import io.github.appwritespring.client.AppwriteClient;

import static org.assertj.core.api.Assertions.assertThat;

class AppwriteAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(AppwriteAutoConfiguration.class,
			AppwriteHealthContributorAutoConfiguration.class, AppwriteServletAutoConfiguration.class,
			AppwriteReactiveAutoConfiguration.class);

	private static final String[] THREE_PROPERTIES = { "appwrite.endpoint=http://127.0.0.1:9/v1",
			"appwrite.project-id=shop", "appwrite.api-key=standard_secret_key_value" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
		.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"));

	@Test
	void threePropertiesGiveAnAdminClientAndASessionFactory() {
		this.runner.withPropertyValues(THREE_PROPERTIES).run((context) -> {
			assertThat(context).hasSingleBean(AppwriteClient.class).hasSingleBean(AppwriteSessionClientFactory.class);
			AppwriteClient admin = context.getBean(AppwriteClient.class);
			assertThat(admin.hasApiKey()).isTrue();
			assertThat(admin.getProjectId()).isEqualTo("shop");
			assertThat(admin.getEndpoint()).isEqualTo("http://127.0.0.1:9/v1");
			assertThat(context.getBean(AppwriteSessionClientFactory.class).getCookieName()).isEqualTo("a_session_shop");
			assertThat(context).doesNotHaveBean(AppwriteSessionClient.class);
		});
	}

	@Test
	void theSessionCookieSettingsNeedNoSpringSecurity() {
		this.runner
			.withClassLoader(
					new FilteredClassLoader("io.github.appwritespring.emulator", "org.springframework.security"))
			.withPropertyValues(THREE_PROPERTIES)
			.withPropertyValues("appwrite.session-cookie.host-prefix=true", "appwrite.session-cookie.same-site=lax",
					"appwrite.session-cookie.secure=false")
			.run((context) -> {
				assertThat(context.getBean(AppwriteSessionClientFactory.class).getCookieName())
					.isEqualTo("__Host-a_session_shop");
				AppwriteSessionCookie cookie = context.getBean(AppwriteSessionCookie.class);
				assertThat(cookie.name()).isEqualTo("__Host-a_session_shop");
				assertThat(cookie.set("value", null).isSecure()).as("a __Host- cookie is always Secure").isTrue();
				assertThat(cookie.expired().getSameSite()).isEqualTo("Lax");
			});
	}

	@Test
	void withoutEndpointAndWithoutEmulatorThereIsNoClient() {
		this.runner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AppwriteClient.class));
	}

	@Test
	void missingProjectIdFailsWithAReportNamingTheKey() {
		this.runner.withPropertyValues("appwrite.endpoint=https://appwrite.example.com/v1", "appwrite.api-key=k")
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				AppwriteConfigurationException cause = findCause(failure, AppwriteConfigurationException.class);
				assertThat(cause.getProperty()).isEqualTo("appwrite.project-id");
				FailureAnalysis analysis = new AppwriteConfigurationFailureAnalyzer().analyze(failure);
				assertThat(analysis.getDescription()).contains("appwrite.project-id")
					.contains("https://appwrite.example.com/v1");
				assertThat(analysis.getAction()).contains("application.yml")
					.contains("project-id:")
					.contains("APPWRITE_PROJECT_ID=");
			});
	}

	@Test
	void missingApiKeyFailsWithAReportNamingTheKeyAndNeverShowsSecrets() {
		this.runner.withPropertyValues("appwrite.endpoint=https://appwrite.example.com/v1", "appwrite.project-id=p")
			.run((context) -> {
				Throwable failure = context.getStartupFailure();
				FailureAnalysis analysis = new AppwriteConfigurationFailureAnalyzer().analyze(failure);
				assertThat(analysis.getDescription()).contains("appwrite.api-key");
				assertThat(analysis.getAction()).contains("APPWRITE_API_KEY=").contains("api-key:");
			});
	}

	@Test
	void userClientWins() {
		this.runner.withPropertyValues(THREE_PROPERTIES)
			.withUserConfiguration(UserClientConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(AppwriteClient.class);
				assertThat(context.getBean(AppwriteClient.class).getProjectId()).isEqualTo("mine");
				assertThat(context.getBean(AppwriteSessionClientFactory.class).getCookieName())
					.isEqualTo("a_session_mine");
			});
	}

	@Test
	void userConnectionDetailsWinOverProperties() {
		this.runner.withUserConfiguration(ConnectionDetailsConfiguration.class).run((context) -> {
			AppwriteClient admin = context.getBean(AppwriteClient.class);
			assertThat(admin.getEndpoint()).isEqualTo("http://127.0.0.1:7/v1");
			assertThat(admin.getProjectId()).isEqualTo("from-details");
		});
	}

	@Test
	void customizersAreAppliedInOrder() {
		this.runner.withPropertyValues(THREE_PROPERTIES)
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(AppwriteClient.class);
				assertThat(context.getBean(CustomizerConfiguration.class).calls).containsExactly("first", "second");
			});
	}

	@Test
	void propertiesNeverShowTheApiKey() {
		this.runner.withPropertyValues(THREE_PROPERTIES).run((context) -> {
			assertThat(context.getBean(AppwriteProperties.class).toString())
				.doesNotContain("standard_secret_key_value");
			assertThat(context.getBean(AppwriteClient.class).toString()).doesNotContain("standard_secret_key_value");
			assertThat(context.getBean(AppwriteConnectionDetails.class).toString())
				.doesNotContain("standard_secret_key_value");
		});
	}

	@Test
	void healthIndicatorWhenHealthIsPresentAndEnabled() {
		this.runner.withPropertyValues(THREE_PROPERTIES)
			.run((context) -> assertThat(context).hasSingleBean(AppwriteHealthIndicator.class));
		this.runner.withPropertyValues(THREE_PROPERTIES)
			.withPropertyValues("management.health.appwrite.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AppwriteHealthIndicator.class));
		this.runner.withPropertyValues(THREE_PROPERTIES)
			.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasSingleBean(AppwriteClient.class)
				.doesNotHaveBean(AppwriteHealthIndicator.class));
	}

	@Test
	void nonWebApplicationHasNoWebBeans() {
		this.runner.withPropertyValues(THREE_PROPERTIES).run((context) -> {
			assertThat(context).doesNotHaveBean(AppwriteSessionClient.class);
			assertThat(context).doesNotHaveBean(WebMvcConfigurer.class).doesNotHaveBean(WebFluxConfigurer.class);
		});
	}

	@Test
	void servletApplicationGetsARequestScopedSessionClient() {
		new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
			.withPropertyValues(THREE_PROPERTIES)
			.run((context) -> {
				assertThat(context).hasSingleBean(WebMvcConfigurer.class).doesNotHaveBean(WebFluxConfigurer.class);
				assertThat(context.getBean(AppwriteSessionClient.class)).isInstanceOf(ScopedObject.class);
				assertThat(context.getBeanFactory().getBeanDefinition("scopedTarget.appwriteSessionClient").getScope())
					.isEqualTo("request");
			});
	}

	@Test
	void servletApplicationWithoutWebMvcBacksOff() {
		new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withClassLoader(new FilteredClassLoader(WebMvcConfigurer.class))
			.withPropertyValues(THREE_PROPERTIES)
			.run((context) -> assertThat(context).hasSingleBean(AppwriteClient.class)
				.doesNotHaveBean(AppwriteSessionClient.class));
	}

	@Test
	void reactiveApplicationGetsTheArgumentResolverButNoRequestScope() {
		new ReactiveWebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withClassLoader(new FilteredClassLoader("io.github.appwritespring.emulator"))
			.withPropertyValues(THREE_PROPERTIES)
			.run((context) -> assertThat(context).hasSingleBean(WebFluxConfigurer.class)
				.doesNotHaveBean(WebMvcConfigurer.class)
				.doesNotHaveBean(AppwriteSessionClient.class));
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		throw new AssertionError("No " + type.getSimpleName() + " in " + failure);
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean(destroyMethod = "close")
		AppwriteClient myClient() {
			return AppwriteClient.builder().endpoint("http://127.0.0.1:8/v1").projectId("mine").apiKey("k").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionDetailsConfiguration {

		@Bean
		AppwriteConnectionDetails myDetails() {
			return new AppwriteConnectionDetails() {

				@Override
				public String getEndpoint() {
					return "http://127.0.0.1:7/v1";
				}

				@Override
				public String getProjectId() {
					return "from-details";
				}

				@Override
				public String getApiKey() {
					return "key";
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		AppwriteClientCustomizer second() {
			return (builder) -> this.calls.add("second");
		}

		@Bean
		@Order(1)
		AppwriteClientCustomizer first() {
			return (builder) -> {
				this.calls.add("first");
				builder.header("X-Tenant", "t1");
			};
		}

	}

}
