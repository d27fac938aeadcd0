package io.github.appwritespring.sample.provision;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The start-up report when the sample would have fallen back to the emulator outside
 * development: which three settings point it at Appwrite, and how to run it for
 * development instead.
 */
class EmulatorOutsideDevelopmentFailureAnalyzer extends AbstractFailureAnalyzer<EmulatorOutsideDevelopmentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmulatorOutsideDevelopmentException cause) {
		return new FailureAnalysis(
				"No Appwrite endpoint is configured, and the embedded emulator starts only in "
						+ "development, so the sample does not start (it would keep its users in memory).",
				"Point it at Appwrite (Cloud or self-hosted 1.8+) with three environment variables:\n\n"
						+ "    APPWRITE_ENDPOINT=https://cloud.appwrite.io/v1\n"
						+ "    APPWRITE_PROJECT_ID=<your project>\n" + "    APPWRITE_API_KEY=<an API key of it>\n\n"
						+ "(or the properties appwrite.endpoint, appwrite.project-id and appwrite.api-key).\n"
						+ "For development on the embedded emulator, run with the dev profile instead:\n\n"
						+ "    ./mvnw -pl sample-app -am spring-boot:run\n"
						+ "    java -jar sample-app.jar --spring.profiles.active=dev",
				cause);
	}

}
