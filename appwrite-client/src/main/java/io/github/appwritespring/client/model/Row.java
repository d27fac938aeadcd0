package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A row: Appwrite's system fields and the row's own data as the caller's type (a record,
 * a POJO, or a {@code Map<String, Object>}).
 *
 * @param id the row ID ({@code $id})
 * @param sequence the auto-increment sequence ({@code $sequence})
 * @param tableId the table ({@code $tableId})
 * @param databaseId the database ({@code $databaseId})
 * @param createdAt when it was created ({@code $createdAt})
 * @param updatedAt when it was last updated ({@code $updatedAt})
 * @param permissions its permissions ({@code $permissions})
 * @param data the column values, mapped to the caller's type
 * @param <T> the data type
 * @since 0.1.0
 */
public record Row<T>(String id, long sequence, String tableId, String databaseId, String createdAt, String updatedAt,
		List<String> permissions, T data) {
}
