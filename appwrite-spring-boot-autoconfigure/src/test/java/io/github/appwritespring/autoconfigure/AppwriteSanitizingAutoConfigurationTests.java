package io.github.appwritespring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class AppwriteSanitizingAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AppwriteSanitizingAutoConfiguration.class));

	@Test
	void apiKeyIsMaskedInEnvAndConfigprops() {
		this.runner.run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			MapPropertySource source = new MapPropertySource("test", java.util.Map.of());
			assertThat(function.apply(new SanitizableData(source, "appwrite.api-key", "secret")).getValue())
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(function.apply(new SanitizableData(source, "APPWRITE_API_KEY", "secret")).getValue())
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(function.apply(new SanitizableData(null, "apiKey", "secret")).getValue())
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(function.apply(new SanitizableData(source, "appwrite.project-id", "shop")).getValue())
				.isEqualTo("shop");
		});
	}

	@Test
	void theWebhooksSignatureKeyAndPasswordAreMasked() {
		this.runner.run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			MapPropertySource source = new MapPropertySource("test", java.util.Map.of());
			for (String key : new String[] { "appwrite.security.events.signature-key",
					"APPWRITE_SECURITY_EVENTS_SIGNATURE_KEY", "appwrite.security.events.password" }) {
				assertThat(function.apply(new SanitizableData(source, key, "secret")).getValue()).as(key)
					.isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
			assertThat(function.apply(new SanitizableData(null, "signatureKey", "secret")).getValue())
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(
					function.apply(new SanitizableData(source, "appwrite.security.events.url", "https://a")).getValue())
				.isEqualTo("https://a");
		});
	}

}
