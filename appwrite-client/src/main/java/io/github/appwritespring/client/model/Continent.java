package io.github.appwritespring.client.model;

/**
 * A continent.
 *
 * @param name continent name
 * @param code continent two letter code
 * @since 0.1.0
 */
public record Continent(String name, String code) {
}
