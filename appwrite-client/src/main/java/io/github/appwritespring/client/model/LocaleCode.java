package io.github.appwritespring.client.model;

/**
 * A locale code Appwrite knows.
 *
 * @param code locale codes in [ISO
 * 639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes)
 * @param name locale name
 * @since 0.1.0
 */
public record LocaleCode(String code, String name) {
}
