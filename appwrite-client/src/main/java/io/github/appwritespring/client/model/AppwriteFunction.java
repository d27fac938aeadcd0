package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An Appwrite function (named so to keep clear of {@code java.util.function.Function}).
 *
 * @param id function ID
 * @param createdAt function creation date in ISO 8601 format
 * @param updatedAt function update date in ISO 8601 format
 * @param execute execution permissions
 * @param name function name
 * @param enabled function enabled
 * @param live is the function deployed with the latest configuration? This is set to
 * false if you've changed an environment variables, entrypoint, commands, or other
 * settings that needs redeploy to be applied. When the value is false, redeploy the
 * function to update it with the latest configuration
 * @param logging when disabled, executions will exclude logs and errors, and will be
 * slightly faster
 * @param runtime function execution and build runtime
 * @param deploymentId function's active deployment ID
 * @param deploymentCreatedAt active deployment creation date in ISO 8601 format
 * @param latestDeploymentId function's latest deployment ID
 * @param latestDeploymentCreatedAt latest deployment creation date in ISO 8601 format
 * @param latestDeploymentStatus status of latest deployment. Possible values are
 * "waiting", "processing", "building", "ready", and "failed"
 * @param scopes allowed permission scopes
 * @param vars function variables
 * @param events function trigger events
 * @param schedule function execution schedule in CRON format
 * @param timeout function execution timeout in seconds
 * @param entrypoint the entrypoint file used to execute the deployment
 * @param commands the build command used to build the deployment
 * @param version version of Open Runtimes used for the function
 * @param installationId function VCS (Version Control System) installation id
 * @param providerRepositoryId VCS (Version Control System) Repository ID
 * @param providerBranch VCS (Version Control System) branch name
 * @param providerRootDirectory path to function in VCS (Version Control System)
 * repository
 * @param providerSilentMode is VCS (Version Control System) connection is in silent mode?
 * When in silence mode, no comments will be posted on the repository pull or merge
 * requests
 * @param specification machine specification for builds and executions
 * @since 0.1.0
 */
public record AppwriteFunction(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, List<String> execute, String name, boolean enabled, boolean live,
		boolean logging, String runtime, String deploymentId, String deploymentCreatedAt, String latestDeploymentId,
		String latestDeploymentCreatedAt, String latestDeploymentStatus, List<String> scopes, List<Variable> vars,
		List<String> events, String schedule, long timeout, String entrypoint, String commands, String version,
		String installationId, String providerRepositoryId, String providerBranch, String providerRootDirectory,
		boolean providerSilentMode, String specification) {
}
