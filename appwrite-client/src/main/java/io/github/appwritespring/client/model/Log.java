package io.github.appwritespring.client.model;

/**
 * One entry of a user's audit log, e.g. a sign-in or a password change.
 *
 * @param event the event, e.g. {@code session.create}
 * @param userId the user who caused it
 * @param userEmail that user's email address
 * @param userName that user's name
 * @param mode the API mode, e.g. {@code default} or {@code admin}
 * @param ip the client IP Appwrite saw
 * @param time when it happened
 * @param osCode the operating system code
 * @param osName the operating system
 * @param osVersion the operating system version
 * @param clientType the client type, e.g. {@code browser}
 * @param clientCode the client code
 * @param clientName the client name
 * @param clientVersion the client version
 * @param clientEngine the client engine
 * @param clientEngineVersion the client engine version
 * @param deviceName the device
 * @param deviceBrand the device brand
 * @param deviceModel the device model
 * @param countryCode the country code, or {@code --}
 * @param countryName the country name
 * @since 0.1.0
 */
public record Log(String event, String userId, String userEmail, String userName, String mode, String ip, String time,
		String osCode, String osName, String osVersion, String clientType, String clientCode, String clientName,
		String clientVersion, String clientEngine, String clientEngineVersion, String deviceName, String deviceBrand,
		String deviceModel, String countryCode, String countryName) {
}
