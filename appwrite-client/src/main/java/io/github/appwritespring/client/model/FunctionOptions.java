package io.github.appwritespring.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The optional settings of a function; {@code null} leaves Appwrite's default (on create)
 * or, on update, resets the setting as Appwrite does for a missing parameter. Start from
 * {@link #defaults()}.
 *
 * @param execute the roles that may execute it, e.g. {@code Role.users()}
 * @param events the events that trigger it
 * @param schedule a CRON schedule
 * @param timeout the execution timeout in seconds
 * @param enabled whether it is enabled
 * @param logging whether executions keep logs
 * @param entrypoint the file executed, e.g. {@code index.js}
 * @param commands the build commands
 * @param scopes the API key scopes its executions get
 * @param installationId the version control installation
 * @param providerRepositoryId the repository
 * @param providerBranch the branch deployed
 * @param providerSilentMode whether to leave comments off pull requests
 * @param providerRootDirectory the code's directory in the repository
 * @param specification the compute size, e.g. {@code s-1vcpu-512mb}
 * @since 0.1.0
 */
public record FunctionOptions(@Nullable List<String> execute, @Nullable List<String> events, @Nullable String schedule,
		@Nullable Long timeout, @Nullable Boolean enabled, @Nullable Boolean logging, @Nullable String entrypoint,
		@Nullable String commands, @Nullable List<String> scopes, @Nullable String installationId,
		@Nullable String providerRepositoryId, @Nullable String providerBranch, @Nullable Boolean providerSilentMode,
		@Nullable String providerRootDirectory, @Nullable String specification) {

	/**
	 * Returns options that leave every setting to Appwrite.
	 * @return options that leave every setting to Appwrite
	 */
	public static FunctionOptions defaults() {
		return new FunctionOptions(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	/**
	 * Returns a copy with {@code execute} set.
	 * @param execute the roles that may execute it, e.g. {@code Role.users()}
	 * @return a copy with {@code execute} set
	 */
	public FunctionOptions withExecute(List<String> execute) {
		return new FunctionOptions(execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code events} set.
	 * @param events the events that trigger it
	 * @return a copy with {@code events} set
	 */
	public FunctionOptions withEvents(List<String> events) {
		return new FunctionOptions(this.execute, events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code schedule} set.
	 * @param schedule a CRON schedule
	 * @return a copy with {@code schedule} set
	 */
	public FunctionOptions withSchedule(String schedule) {
		return new FunctionOptions(this.execute, this.events, schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code timeout} set.
	 * @param timeout the execution timeout in seconds
	 * @return a copy with {@code timeout} set
	 */
	public FunctionOptions withTimeout(long timeout) {
		return new FunctionOptions(this.execute, this.events, this.schedule, timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code enabled} set.
	 * @param enabled whether it is enabled
	 * @return a copy with {@code enabled} set
	 */
	public FunctionOptions withEnabled(boolean enabled) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code logging} set.
	 * @param logging whether executions keep logs
	 * @return a copy with {@code logging} set
	 */
	public FunctionOptions withLogging(boolean logging) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code entrypoint} set.
	 * @param entrypoint the file executed, e.g. {@code index.js}
	 * @return a copy with {@code entrypoint} set
	 */
	public FunctionOptions withEntrypoint(String entrypoint) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code commands} set.
	 * @param commands the build commands
	 * @return a copy with {@code commands} set
	 */
	public FunctionOptions withCommands(String commands) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code scopes} set.
	 * @param scopes the API key scopes its executions get
	 * @return a copy with {@code scopes} set
	 */
	public FunctionOptions withScopes(List<String> scopes) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code installationId} set.
	 * @param installationId the version control installation
	 * @return a copy with {@code installationId} set
	 */
	public FunctionOptions withInstallationId(String installationId) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code providerRepositoryId} set.
	 * @param providerRepositoryId the repository
	 * @return a copy with {@code providerRepositoryId} set
	 */
	public FunctionOptions withProviderRepositoryId(String providerRepositoryId) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code providerBranch} set.
	 * @param providerBranch the branch deployed
	 * @return a copy with {@code providerBranch} set
	 */
	public FunctionOptions withProviderBranch(String providerBranch) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code providerSilentMode} set.
	 * @param providerSilentMode whether to leave comments off pull requests
	 * @return a copy with {@code providerSilentMode} set
	 */
	public FunctionOptions withProviderSilentMode(boolean providerSilentMode) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code providerRootDirectory} set.
	 * @param providerRootDirectory the code's directory in the repository
	 * @return a copy with {@code providerRootDirectory} set
	 */
	public FunctionOptions withProviderRootDirectory(String providerRootDirectory) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code specification} set.
	 * @param specification the compute size, e.g. {@code s-1vcpu-512mb}
	 * @return a copy with {@code specification} set
	 */
	public FunctionOptions withSpecification(String specification) {
		return new FunctionOptions(this.execute, this.events, this.schedule, this.timeout, this.enabled, this.logging,
				this.entrypoint, this.commands, this.scopes, this.installationId, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, specification);
	}

}
