package io.github.appwritespring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.appwritespring.autoconfigure.emulator.AppwriteEmulatorAutoConfiguration;
import io.github.appwritespring.autoconfigure.emulator.EmulatorSeeder;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.emulator.AppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class AppwriteEmulatorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(AppwriteEmulatorAutoConfiguration.class, AppwriteAutoConfiguration.class));

	@Test
	void withoutEndpointTheEmulatorStartsAndTheClientsPointAtIt(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(AppwriteEmulator.class).hasSingleBean(AppwriteClient.class);
			AppwriteEmulator emulator = context.getBean(AppwriteEmulator.class);
			AppwriteClient admin = context.getBean(AppwriteClient.class);
			assertThat(admin.getEndpoint()).isEqualTo(emulator.endpoint());
			assertThat(admin.getProjectId()).isEqualTo("emulator");
			assertThat(admin.health().get().isPass()).isTrue();
		});
		assertThat(output).contains("Started the embedded Appwrite emulator at http://127.0.0.1:");
	}

	@Test
	void callsAreObservedWhenAnObservationRegistryExists() {
		java.util.List<String> names = new java.util.concurrent.CopyOnWriteArrayList<>();
		io.micrometer.observation.ObservationRegistry registry = io.micrometer.observation.ObservationRegistry.create();
		registry.observationConfig().observationHandler(new io.micrometer.observation.ObservationHandler<>() {

			@Override
			public boolean supportsContext(io.micrometer.observation.Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(io.micrometer.observation.Observation.Context context) {
				names.add(context.getName() + " " + context.getLowCardinalityKeyValue("appwrite.operation").getValue());
			}

		});
		this.runner.withBean(io.micrometer.observation.ObservationRegistry.class, () -> registry).run((context) -> {
			context.getBean(AppwriteClient.class).health().get();
			assertThat(names).containsExactly("appwrite.client.requests GET /health");
		});
	}

	@Test
	void configuredEndpointMeansNoEmulator() {
		this.runner
			.withPropertyValues("appwrite.endpoint=http://127.0.0.1:9/v1", "appwrite.project-id=p",
					"appwrite.api-key=k")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(AppwriteEmulator.class);
				assertThat(context.getBean(AppwriteClient.class).getEndpoint()).isEqualTo("http://127.0.0.1:9/v1");
			});
	}

	@Test
	void disabledMeansNoEmulatorAndNoClient() {
		this.runner.withPropertyValues("appwrite.emulator.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AppwriteEmulator.class)
				.doesNotHaveBean(AppwriteClient.class));
	}

	@Test
	void withoutTheEmulatorOnTheClassPathNothingStarts() {
		this.runner.withClassLoader(new FilteredClassLoader(AppwriteEmulator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AppwriteClient.class));
	}

	@Test
	void configuredUsersAreSeededAndSeededAgainAfterAReset() {
		this.runner
			.withPropertyValues("appwrite.emulator.project-id=shop", "appwrite.emulator.users[0].id=demo",
					"appwrite.emulator.users[0].email=demo@example.com",
					"appwrite.emulator.users[0].password=demo-password", "appwrite.emulator.users[0].labels=admin")
			.run((context) -> {
				AppwriteEmulator emulator = context.getBean(AppwriteEmulator.class);
				assertThat(emulator.projectId()).isEqualTo("shop");
				assertThat(emulator.seedUser("other@example.com", "other-password")).isNotBlank();
				context.getBean(EmulatorSeeder.class).reset();
				assertThat(emulator.seedUser("other@example.com", "other-password")).isNotBlank();
			});
	}

	@Test
	void seededUserWithoutPasswordFailsClearly() {
		this.runner.withPropertyValues("appwrite.emulator.users[0].email=demo@example.com")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("appwrite.emulator.users")
				.hasMessageContaining("password"));
	}

}
