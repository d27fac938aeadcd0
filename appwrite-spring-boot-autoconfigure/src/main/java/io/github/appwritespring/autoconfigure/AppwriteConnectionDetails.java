package io.github.appwritespring.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the admin client connects, and with which credentials. Defaults to the
 * {@code appwrite.*} properties; the embedded emulator or a test container can supply its
 * own.
 */
public interface AppwriteConnectionDetails extends ConnectionDetails {

	/**
	 * @return the API endpoint, e.g. {@code https://cloud.appwrite.io/v1}
	 */
	String getEndpoint();

	/**
	 * @return the project ID
	 */
	String getProjectId();

	/**
	 * @return the API key of the admin client
	 */
	String getApiKey();

}
