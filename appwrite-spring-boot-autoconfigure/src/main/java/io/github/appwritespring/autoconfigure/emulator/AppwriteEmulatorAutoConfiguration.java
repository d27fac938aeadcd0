package io.github.appwritespring.autoconfigure.emulator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.autoconfigure.AppwriteProperties;
import io.github.appwritespring.emulator.AppwriteEmulator;

/**
 * Development default: when {@code appwrite.endpoint} is not set and appwrite-emulator is
 * on the class path, an in-JVM Appwrite emulator starts with the application and the
 * clients point at it. It never starts when an endpoint is configured;
 * {@code appwrite.emulator.enabled=false} turns it off.
 * <p>
 * Ahead-of-time processing ({@code spring-boot:process-aot}) fixes this choice at build
 * time: an application processed without {@code appwrite.endpoint} refuses to start with
 * {@code -Dspring.aot.enabled=true} once an endpoint is set, rather than run on an
 * emulator in its place.
 *
 * @since 0.1.0
 */
@AutoConfiguration(beforeName = "io.github.appwritespring.autoconfigure.AppwriteAutoConfiguration")
@ConditionalOnClass(AppwriteEmulator.class)
@Conditional(OnEmulatorCondition.class)
@ConditionalOnMissingBean(AppwriteConnectionDetails.class)
@EnableConfigurationProperties(AppwriteProperties.class)
public final class AppwriteEmulatorAutoConfiguration {

	private static final Log logger = LogFactory.getLog(AppwriteEmulatorAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	AppwriteEmulator appwriteEmulator(AppwriteProperties properties, Environment environment) {
		if (AotDetector.useGeneratedArtifacts()) {
			checkStillWanted(environment);
		}
		AppwriteProperties.Emulator settings = properties.getEmulator();
		AppwriteEmulator emulator = AppwriteEmulator.builder()
			.port(settings.getPort())
			.projectId(settings.getProjectId())
			.dataDir(settings.getDataDir())
			.start();
		logger.warn(
				"Started the embedded Appwrite emulator at " + emulator.endpoint() + " (project " + emulator.projectId()
						+ ", " + ((settings.getDataDir() != null) ? "data in " + settings.getDataDir() : "in memory")
						+ ") because appwrite.endpoint is not set. It is for development and tests "
						+ "only: set appwrite.endpoint, appwrite.project-id and appwrite.api-key to use Appwrite.");
		return emulator;
	}

	/**
	 * With ahead-of-time processing the bean definitions are those of the build, whose
	 * environment decided for the emulator; a different environment now must not be
	 * ignored silently (an application meant for Appwrite would keep its data in memory).
	 */
	private static void checkStillWanted(Environment environment) {
		ConditionOutcome outcome = OnEmulatorCondition.outcome(environment);
		if (!outcome.isMatch()) {
			throw new IllegalStateException("This application was processed ahead of time without appwrite.endpoint, "
					+ "so it was built to run on the embedded Appwrite emulator, but its environment now says otherwise ("
					+ outcome.getMessage()
					+ "). Ahead-of-time processing fixes that choice: run spring-boot:process-aot "
					+ "with appwrite.endpoint set (the value at run time is the one used), or start without "
					+ "-Dspring.aot.enabled=true");
		}
	}

	@Bean
	EmulatorSeeder appwriteEmulatorSeeder(AppwriteEmulator emulator, AppwriteProperties properties) {
		EmulatorSeeder seeder = new EmulatorSeeder(emulator, properties.getEmulator().getUsers());
		seeder.seed();
		return seeder;
	}

	@Bean
	AppwriteConnectionDetails appwriteEmulatorConnectionDetails(AppwriteEmulator emulator) {
		return new EmulatorConnectionDetails(emulator);
	}

}
