package io.github.appwritespring.autoconfigure;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks the Appwrite API key and the webhook's signature key and Basic password in the
 * actuator's {@code /env} and {@code /configprops} output even when an application lets
 * those endpoints show values.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class AppwriteSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "appwriteApiKeySanitizingFunction")
	SanitizingFunction appwriteApiKeySanitizingFunction() {
		return AppwriteSanitizingAutoConfiguration::sanitize;
	}

	static SanitizableData sanitize(SanitizableData data) {
		String key = data.getLowerCaseKey().replace("-", "").replace("_", "").replace(".", "");
		boolean apiKey = key.equals("appwriteapikey") || (key.equals("apikey") && data.getPropertySource() == null);
		boolean webhook = key.equals("appwritesecurityeventssignaturekey")
				|| key.equals("appwritesecurityeventspassword")
				|| (data.getPropertySource() == null && (key.equals("signaturekey") || key.equals("password")));
		return (apiKey || webhook) ? data.withSanitizedValue() : data;
	}

}
