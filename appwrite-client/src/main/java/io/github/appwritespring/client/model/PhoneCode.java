package io.github.appwritespring.client.model;

/**
 * A country's telephone prefix.
 *
 * @param code phone code
 * @param countryCode country two-character ISO 3166-1 alpha code
 * @param countryName country name
 * @since 0.1.0
 */
public record PhoneCode(String code, String countryCode, String countryName) {
}
