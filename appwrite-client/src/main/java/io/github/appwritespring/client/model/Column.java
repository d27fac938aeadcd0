package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A column of a table. The type-specific fields are {@code null} for types that do not
 * have them.
 *
 * @param key the column's key
 * @param type {@code string}, {@code integer}, {@code double} (float), {@code boolean},
 * {@code datetime}, ...
 * @param status {@code available}, {@code processing}, {@code deleting}, {@code stuck} or
 * {@code failed}
 * @param error why it failed, if it did
 * @param required whether rows must have a value
 * @param array whether it holds an array of values
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param size the maximum length (strings)
 * @param min the minimum (numbers)
 * @param max the maximum (numbers)
 * @param defaultValue the default value
 * @param format {@code email}, {@code enum}, {@code url} or {@code ip} for string-based
 * formats
 * @param elements the allowed values (enums)
 * @param encrypt whether values are encrypted at rest (strings)
 * @param relatedTable the related table (relationships)
 * @param relationType {@code oneToOne}, {@code oneToMany}, {@code manyToOne} or
 * {@code manyToMany} (relationships)
 * @param twoWay whether the relationship is visible from the related table too
 * @param twoWayKey the key of the relationship's column in the related table
 * @param onDelete what deleting a row does to related rows: {@code restrict},
 * {@code cascade} or {@code setNull}
 * @param side {@code parent} or {@code child} (relationships)
 * @since 0.1.0
 */
public record Column(String key, String type, String status, @Nullable String error, boolean required,
		@Nullable Boolean array, @JsonProperty("$createdAt") @Nullable String createdAt,
		@JsonProperty("$updatedAt") @Nullable String updatedAt, @Nullable Long size, @Nullable Number min,
		@Nullable Number max, @JsonProperty("default") @Nullable Object defaultValue, @Nullable String format,
		@Nullable List<String> elements, @Nullable Boolean encrypt, @Nullable String relatedTable,
		@Nullable String relationType, @Nullable Boolean twoWay, @Nullable String twoWayKey, @Nullable String onDelete,
		@Nullable String side) {
}
