package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A table of a TablesDB database.
 *
 * @param id the table ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param permissions the table's permissions
 * @param databaseId the database it belongs to
 * @param name its name
 * @param enabled whether it is enabled
 * @param rowSecurity whether row permissions apply in addition to the table's
 * @param columns its columns
 * @param indexes its indexes
 * @since 0.1.0
 */
public record Table(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, @JsonProperty("$permissions") List<String> permissions,
		String databaseId, String name, boolean enabled, boolean rowSecurity, List<Column> columns,
		List<ColumnIndex> indexes) {
}
