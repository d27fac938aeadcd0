package io.github.appwritespring.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * {@link AppwriteConnectionDetails} read from {@link AppwriteProperties}, checked at
 * start-up: a missing project ID or API key fails fast with a report that says how to set
 * it.
 */
final class PropertiesAppwriteConnectionDetails implements AppwriteConnectionDetails {

	private final String endpoint;

	private final String projectId;

	private final String apiKey;

	PropertiesAppwriteConnectionDetails(AppwriteProperties properties) {
		this.endpoint = require(properties.getEndpoint(), "endpoint", "https://cloud.appwrite.io/v1", properties);
		this.projectId = require(properties.getProjectId(), "project-id", "<your project ID>", properties);
		this.apiKey = require(properties.getApiKey(), "api-key", "<an API key with the scopes your app needs>",
				properties);
	}

	private static String require(@Nullable String value, String key, String example, AppwriteProperties properties) {
		if (value == null || value.isBlank()) {
			throw new AppwriteConfigurationException(AppwriteProperties.PREFIX + "." + key, example,
					properties.getEndpoint());
		}
		return value.trim();
	}

	@Override
	public String getEndpoint() {
		return this.endpoint;
	}

	@Override
	public String getProjectId() {
		return this.projectId;
	}

	@Override
	public String getApiKey() {
		return this.apiKey;
	}

	@Override
	public String toString() {
		return "AppwriteConnectionDetails[" + this.endpoint + ", project=" + this.projectId + "]";
	}

}
