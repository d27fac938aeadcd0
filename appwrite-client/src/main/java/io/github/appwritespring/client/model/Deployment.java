package io.github.appwritespring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A deployment of a function or site: its code, build and source.
 *
 * @param id deployment ID
 * @param createdAt deployment creation date in ISO 8601 format
 * @param updatedAt deployment update date in ISO 8601 format
 * @param type type of deployment
 * @param resourceId resource ID
 * @param resourceType resource type
 * @param entrypoint the entrypoint file to use to execute the deployment code
 * @param sourceSize the code size in bytes
 * @param buildSize the build output size in bytes
 * @param totalSize the total size in bytes (source and build output)
 * @param buildId the current build ID
 * @param activate whether the deployment should be automatically activated
 * @param screenshotLight screenshot with light theme preference file ID
 * @param screenshotDark screenshot with dark theme preference file ID
 * @param status the deployment status. Possible values are "waiting", "processing",
 * "building", "ready", and "failed"
 * @param buildLogs the build logs
 * @param buildDuration the current build time in seconds
 * @param providerRepositoryName the name of the vcs provider repository
 * @param providerRepositoryOwner the name of the vcs provider repository owner
 * @param providerRepositoryUrl the url of the vcs provider repository
 * @param providerCommitHash the commit hash of the vcs commit
 * @param providerCommitAuthorUrl the url of vcs commit author
 * @param providerCommitAuthor the name of vcs commit author
 * @param providerCommitMessage the commit message
 * @param providerCommitUrl the url of the vcs commit
 * @param providerBranch the branch of the vcs repository
 * @param providerBranchUrl the branch of the vcs repository
 * @since 0.1.0
 */
public record Deployment(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, String type, String resourceId, String resourceType,
		String entrypoint, long sourceSize, long buildSize, long totalSize, String buildId, boolean activate,
		String screenshotLight, String screenshotDark, String status, String buildLogs, long buildDuration,
		String providerRepositoryName, String providerRepositoryOwner, String providerRepositoryUrl,
		String providerCommitHash, String providerCommitAuthorUrl, String providerCommitAuthor,
		String providerCommitMessage, String providerCommitUrl, String providerBranch, String providerBranchUrl) {
}
