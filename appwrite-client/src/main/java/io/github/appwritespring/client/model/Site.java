package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Appwrite site.
 *
 * @param id site ID
 * @param createdAt site creation date in ISO 8601 format
 * @param updatedAt site update date in ISO 8601 format
 * @param name site name
 * @param enabled site enabled
 * @param live is the site deployed with the latest configuration? This is set to false if
 * you've changed an environment variables, entrypoint, commands, or other settings that
 * needs redeploy to be applied. When the value is false, redeploy the site to update it
 * with the latest configuration
 * @param logging when disabled, request logs will exclude logs and errors, and site
 * responses will be slightly faster
 * @param framework site framework
 * @param deploymentId site's active deployment ID
 * @param deploymentCreatedAt active deployment creation date in ISO 8601 format
 * @param deploymentScreenshotLight screenshot of active deployment with light theme
 * preference file ID
 * @param deploymentScreenshotDark screenshot of active deployment with dark theme
 * preference file ID
 * @param latestDeploymentId site's latest deployment ID
 * @param latestDeploymentCreatedAt latest deployment creation date in ISO 8601 format
 * @param latestDeploymentStatus status of latest deployment. Possible values are
 * "waiting", "processing", "building", "ready", and "failed"
 * @param vars site variables
 * @param timeout site request timeout in seconds
 * @param installCommand the install command used to install the site dependencies
 * @param buildCommand the build command used to build the site
 * @param outputDirectory the directory where the site build output is located
 * @param installationId site VCS (Version Control System) installation id
 * @param providerRepositoryId VCS (Version Control System) Repository ID
 * @param providerBranch VCS (Version Control System) branch name
 * @param providerRootDirectory path to site in VCS (Version Control System) repository
 * @param providerSilentMode is VCS (Version Control System) connection is in silent mode?
 * When in silence mode, no comments will be posted on the repository pull or merge
 * requests
 * @param specification machine specification for builds and executions
 * @param buildRuntime site build runtime
 * @param adapter site framework adapter
 * @param fallbackFile name of fallback file to use instead of 404 page. If null, Appwrite
 * 404 page will be displayed
 * @since 0.1.0
 */
public record Site(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String name, boolean enabled, boolean live, boolean logging,
		String framework, String deploymentId, String deploymentCreatedAt, String deploymentScreenshotLight,
		String deploymentScreenshotDark, String latestDeploymentId, String latestDeploymentCreatedAt,
		String latestDeploymentStatus, List<Variable> vars, long timeout, String installCommand, String buildCommand,
		String outputDirectory, String installationId, String providerRepositoryId, String providerBranch,
		String providerRootDirectory, boolean providerSilentMode, String specification, String buildRuntime,
		String adapter, String fallbackFile) {
}
