package io.github.appwritespring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing Appwrite property into a start-up report that names the property and
 * shows how to set it.
 */
class AppwriteConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<AppwriteConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AppwriteConfigurationException cause) {
		String property = cause.getProperty();
		String key = property.substring(property.indexOf('.') + 1);
		String description = "Appwrite is configured"
				+ ((cause.getEndpoint() != null) ? " with endpoint " + cause.getEndpoint() : "")
				+ ", but the required property '" + property + "' is not set.";
		String action = "Set '" + property + "', for example in application.yml:\n\n    appwrite:\n      " + key + ": "
				+ cause.getExample() + "\n\nor as an environment variable:\n\n    " + cause.getEnvironmentVariable()
				+ "=" + cause.getExample() + "\n\nTo use the embedded emulator for development instead, remove "
				+ "'appwrite.endpoint' and add the appwrite-emulator dependency.";
		return new FailureAnalysis(description, action, cause);
	}

}
