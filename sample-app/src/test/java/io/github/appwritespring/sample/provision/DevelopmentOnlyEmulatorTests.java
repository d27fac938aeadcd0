package io.github.appwritespring.sample.provision;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.appwritespring.sample.SampleApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The sample never falls back to the emulator outside development: started as a packaged
 * jar is (no endpoint, no dev profile) it stops with a report naming the three settings;
 * with the dev profile it runs on the emulator.
 */
class DevelopmentOnlyEmulatorTests {

	@Test
	void withoutAnEndpointOutsideDevelopmentStartUpStopsNamingTheSettings() {
		Throwable failure = catchThrowable(() -> SpringApplication.from(SampleApplication::main)
			.run("--server.port=0", "--appwrite.emulator.port=0"));
		Throwable cause = failure;
		while (cause != null && !(cause instanceof EmulatorOutsideDevelopmentException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("failure: %s", failure).isInstanceOf(EmulatorOutsideDevelopmentException.class);
		FailureAnalysis analysis = new EmulatorOutsideDevelopmentFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getAction()).contains("APPWRITE_ENDPOINT", "APPWRITE_PROJECT_ID", "APPWRITE_API_KEY",
				"--spring.profiles.active=dev");
	}

	@Test
	void theDevProfileRunsOnTheEmulator() {
		try (ConfigurableApplicationContext context = SpringApplication.from(SampleApplication::main)
			.run("--server.port=0", "--appwrite.emulator.port=0", "--spring.profiles.active=dev")
			.getApplicationContext()) {
			assertThat(context.getEnvironment().getProperty("sample.development")).isEqualTo("true");
		}
	}

}
