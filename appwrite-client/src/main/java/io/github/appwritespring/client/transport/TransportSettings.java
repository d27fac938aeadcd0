package io.github.appwritespring.client.transport;

import java.time.Duration;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;

/**
 * What the shared transport is built from: the parts of a client's set-up that every view
 * shares.
 *
 * @param endpoint the API endpoint, e.g. {@code https://cloud.appwrite.io/v1}, without a
 * trailing slash
 * @param projectId the project ID
 * @param connectTimeout the TCP connect timeout
 * @param responseTimeout the longest wait for a response once the request is sent
 * @param maxConnections the size of the connection pool
 * @param selfSigned whether to trust any TLS certificate (development only)
 * @param extraHeaders headers added to every request
 * @param observationRegistry where each call is recorded as an observation ({@code NOOP}
 * for none)
 */
public record TransportSettings(String endpoint, String projectId, Duration connectTimeout, Duration responseTimeout,
		int maxConnections, boolean selfSigned, Map<String, String> extraHeaders,
		ObservationRegistry observationRegistry) {

	/**
	 * Appwrite's wire format this client speaks: a newer server down-converts its answers
	 * to it.
	 */
	public static final String RESPONSE_FORMAT = "1.8.0";

}
