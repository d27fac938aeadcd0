package io.github.appwritespring.autoconfigure.emulator;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no {@code appwrite.endpoint} is configured and
 * {@code appwrite.emulator.enabled} is not {@code false}.
 */
class OnEmulatorCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return outcome(context.getEnvironment());
	}

	/**
	 * The condition's outcome in an environment; also checked again when the emulator
	 * starts, since an application processed ahead of time keeps the outcome of its
	 * build.
	 * @param environment the environment
	 * @return whether the emulator should run, and why
	 */
	static ConditionOutcome outcome(Environment environment) {
		if (StringUtils.hasText(environment.getProperty("appwrite.endpoint"))) {
			return ConditionOutcome.noMatch("appwrite.endpoint is set: using that Appwrite, not the emulator");
		}
		String enabled = environment.getProperty("appwrite.emulator.enabled", "auto");
		if ("false".equalsIgnoreCase(enabled.trim())) {
			return ConditionOutcome.noMatch("appwrite.emulator.enabled is false");
		}
		return ConditionOutcome.match("appwrite.endpoint is not set and appwrite.emulator.enabled is " + enabled);
	}

}
