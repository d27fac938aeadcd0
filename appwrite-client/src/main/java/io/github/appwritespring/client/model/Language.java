package io.github.appwritespring.client.model;

/**
 * A language.
 *
 * @param name language name
 * @param code language two-character ISO 639-1 codes
 * @param nativeName language native name
 * @since 0.1.0
 */
public record Language(String name, String code, String nativeName) {
}
