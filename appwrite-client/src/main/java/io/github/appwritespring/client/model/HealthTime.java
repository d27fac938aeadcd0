package io.github.appwritespring.client.model;

/**
 * Appwrite's clock against a time server.
 *
 * @param remoteTime current unix timestamp on trustful remote server
 * @param localTime current unix timestamp of local server where Appwrite runs
 * @param diff difference of unix remote and local timestamps in milliseconds
 * @since 0.1.0
 */
public record HealthTime(long remoteTime, long localTime, long diff) {
}
