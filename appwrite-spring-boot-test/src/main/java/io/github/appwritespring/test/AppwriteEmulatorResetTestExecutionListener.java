package io.github.appwritespring.test;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import io.github.appwritespring.autoconfigure.emulator.EmulatorSeeder;

/**
 * Before each test method of a class annotated {@link AutoConfigureAppwriteEmulator},
 * deletes all emulator data and re-creates the configured users, so tests cannot see each
 * other's data even when they share a cached context.
 *
 * @since 0.1.0
 */
public class AppwriteEmulatorResetTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		MergedAnnotation<AutoConfigureAppwriteEmulator> annotation = MergedAnnotations
			.from(testContext.getTestClass(), SearchStrategy.TYPE_HIERARCHY)
			.get(AutoConfigureAppwriteEmulator.class);
		if (!annotation.isPresent() || !annotation.getBoolean("resetBeforeEachTest")) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(EmulatorSeeder.class).ifAvailable(EmulatorSeeder::reset);
	}

	@Override
	public int getOrder() {
		// after dependency injection, before transactional and user listeners
		return 2100;
	}

}
