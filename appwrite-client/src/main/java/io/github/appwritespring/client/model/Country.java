package io.github.appwritespring.client.model;

/**
 * A country.
 *
 * @param name country name
 * @param code country two-character ISO 3166-1 alpha code
 * @since 0.1.0
 */
public record Country(String name, String code) {
}
