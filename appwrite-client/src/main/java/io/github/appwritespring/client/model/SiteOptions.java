package io.github.appwritespring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The optional settings of a site; {@code null} leaves Appwrite's default. Start from
 * {@link #defaults()}.
 *
 * @param enabled whether it is enabled
 * @param logging whether requests keep logs
 * @param timeout the request timeout in seconds
 * @param installCommand the install command
 * @param buildCommand the build command
 * @param outputDirectory the build output directory
 * @param adapter {@code static} or {@code ssr}
 * @param installationId the version control installation
 * @param fallbackFile the file served when no other matches
 * @param providerRepositoryId the repository
 * @param providerBranch the branch deployed
 * @param providerSilentMode whether to leave comments off pull requests
 * @param providerRootDirectory the code's directory in the repository
 * @param specification the compute size
 * @since 0.1.0
 */
public record SiteOptions(@Nullable Boolean enabled, @Nullable Boolean logging, @Nullable Long timeout,
		@Nullable String installCommand, @Nullable String buildCommand, @Nullable String outputDirectory,
		@Nullable String adapter, @Nullable String installationId, @Nullable String fallbackFile,
		@Nullable String providerRepositoryId, @Nullable String providerBranch, @Nullable Boolean providerSilentMode,
		@Nullable String providerRootDirectory, @Nullable String specification) {

	/**
	 * Returns options that leave every setting to Appwrite.
	 * @return options that leave every setting to Appwrite
	 */
	public static SiteOptions defaults() {
		return new SiteOptions(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Returns a copy with {@code enabled} set.
	 * @param enabled whether it is enabled
	 * @return a copy with {@code enabled} set
	 */
	public SiteOptions withEnabled(boolean enabled) {
		return new SiteOptions(enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code logging} set.
	 * @param logging whether requests keep logs
	 * @return a copy with {@code logging} set
	 */
	public SiteOptions withLogging(boolean logging) {
		return new SiteOptions(this.enabled, logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code timeout} set.
	 * @param timeout the request timeout in seconds
	 * @return a copy with {@code timeout} set
	 */
	public SiteOptions withTimeout(long timeout) {
		return new SiteOptions(this.enabled, this.logging, timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code installCommand} set.
	 * @param installCommand the install command
	 * @return a copy with {@code installCommand} set
	 */
	public SiteOptions withInstallCommand(String installCommand) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code buildCommand} set.
	 * @param buildCommand the build command
	 * @return a copy with {@code buildCommand} set
	 */
	public SiteOptions withBuildCommand(String buildCommand) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code outputDirectory} set.
	 * @param outputDirectory the build output directory
	 * @return a copy with {@code outputDirectory} set
	 */
	public SiteOptions withOutputDirectory(String outputDirectory) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code adapter} set.
	 * @param adapter {@code static} or {@code ssr}
	 * @return a copy with {@code adapter} set
	 */
	public SiteOptions withAdapter(String adapter) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code installationId} set.
	 * @param installationId the version control installation
	 * @return a copy with {@code installationId} set
	 */
	public SiteOptions withInstallationId(String installationId) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code fallbackFile} set.
	 * @param fallbackFile the file served when no other matches
	 * @return a copy with {@code fallbackFile} set
	 */
	public SiteOptions withFallbackFile(String fallbackFile) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code providerRepositoryId} set.
	 * @param providerRepositoryId the repository
	 * @return a copy with {@code providerRepositoryId} set
	 */
	public SiteOptions withProviderRepositoryId(String providerRepositoryId) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code providerBranch} set.
	 * @param providerBranch the branch deployed
	 * @return a copy with {@code providerBranch} set
	 */
	public SiteOptions withProviderBranch(String providerBranch) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				providerBranch, this.providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code providerSilentMode} set.
	 * @param providerSilentMode whether to leave comments off pull requests
	 * @return a copy with {@code providerSilentMode} set
	 */
	public SiteOptions withProviderSilentMode(boolean providerSilentMode) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, providerSilentMode, this.providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code providerRootDirectory} set.
	 * @param providerRootDirectory the code's directory in the repository
	 * @return a copy with {@code providerRootDirectory} set
	 */
	public SiteOptions withProviderRootDirectory(String providerRootDirectory) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, providerRootDirectory, this.specification);
	}

	/**
	 * Returns a copy with {@code specification} set.
	 * @param specification the compute size
	 * @return a copy with {@code specification} set
	 */
	public SiteOptions withSpecification(String specification) {
		return new SiteOptions(this.enabled, this.logging, this.timeout, this.installCommand, this.buildCommand,
				this.outputDirectory, this.adapter, this.installationId, this.fallbackFile, this.providerRepositoryId,
				this.providerBranch, this.providerSilentMode, this.providerRootDirectory, specification);
	}

}
