package io.github.appwritespring.client.model;

/**
 * The status of Appwrite's antivirus.
 *
 * @param version antivirus version
 * @param status antivirus status. Possible values are: `disabled`, `offline`, `online`
 * @since 0.1.0
 */
public record HealthAntivirus(String version, String status) {
}
