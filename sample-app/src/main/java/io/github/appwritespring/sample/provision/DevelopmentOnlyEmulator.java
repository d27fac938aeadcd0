package io.github.appwritespring.sample.provision;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.github.appwritespring.autoconfigure.emulator.EmulatorConnectionDetails;

/**
 * Keeps the sample from failing open into the embedded emulator: without
 * {@code APPWRITE_ENDPOINT} the starter would run it on the emulator, which is right
 * during development and wrong for a packaged app started with a forgotten variable (its
 * users would sign up into memory, and the sign-in page would show the demo passwords).
 * So the emulator is allowed only with {@code sample.development=true}, which the
 * {@code dev} profile and {@code ./mvnw spring-boot:run} set; otherwise start-up stops
 * with a report naming the settings.
 */
@Component
class DevelopmentOnlyEmulator implements InitializingBean {

	private final ListableBeanFactory beans;

	private final Environment environment;

	DevelopmentOnlyEmulator(ListableBeanFactory beans, Environment environment) {
		this.beans = beans;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		boolean emulator = this.beans.getBeanNamesForType(EmulatorConnectionDetails.class, false, false).length > 0;
		if (emulator && !this.environment.getProperty("sample.development", Boolean.class, false)) {
			throw new EmulatorOutsideDevelopmentException();
		}
	}

}
