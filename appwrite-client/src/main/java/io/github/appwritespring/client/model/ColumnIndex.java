package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An index of a table.
 *
 * @param id the index ID
 * @param key the index's key
 * @param type {@code key}, {@code unique} or {@code fulltext}
 * @param status {@code available}, {@code processing}, ...
 * @param error why it failed, if it did
 * @param columns the indexed columns
 * @param lengths the indexed lengths per column
 * @param orders the order per column ({@code ASC}/{@code DESC})
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @since 0.1.0
 */
public record ColumnIndex(@JsonProperty("$id") @Nullable String id, String key, String type, String status,
		@Nullable String error, List<String> columns, @Nullable List<Integer> lengths, @Nullable List<String> orders,
		@JsonProperty("$createdAt") @Nullable String createdAt,
		@JsonProperty("$updatedAt") @Nullable String updatedAt) {
}
