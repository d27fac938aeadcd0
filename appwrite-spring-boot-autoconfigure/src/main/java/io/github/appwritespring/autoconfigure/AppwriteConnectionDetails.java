package io.github.appwritespring.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the admin client connects, and with which credentials. Defaults to the
 * {@code appwrite.*} properties; the embedded emulator or a test container can supply its
 * own.
 *
 * @since 0.1.0
 */
public interface AppwriteConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the API endpoint, e.g. {@code https://cloud.appwrite.io/v1}.
	 * @return the API endpoint, e.g. {@code https://cloud.appwrite.io/v1}
	 */
	String getEndpoint();

	/**
	 * Returns the project ID.
	 * @return the project ID
	 */
	String getProjectId();

	/**
	 * Returns the API key of the admin client.
	 * @return the API key of the admin client
	 */
	String getApiKey();

}
