package io.github.appwritespring.client.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.client.AppwriteUnreadableResponseException;
import io.github.appwritespring.client.internal.Json;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;

/**
 * Maps Appwrite's flat row JSON (system {@code $} fields beside the column values) to
 * {@link Row}: the system fields into the record, every other field into the caller's
 * type.
 */
final class Rows {

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final Class<Map<String, Object>> MAP = (Class) Map.class;

	private Rows() {
	}

	static <T> Row<T> row(JsonNode json, Class<T> type) {
		ObjectNode data = Json.mapper().createObjectNode();
		json.properties().forEach((field) -> {
			if (!field.getKey().startsWith("$")) {
				data.set(field.getKey(), field.getValue());
			}
		});
		List<String> permissions = new ArrayList<>();
		json.path("$permissions").forEach((permission) -> permissions.add(permission.asString()));
		try {
			return new Row<>(json.path("$id").asString(""), json.path("$sequence").asLong(0),
					json.path("$tableId").asString(""), json.path("$databaseId").asString(""),
					json.path("$createdAt").asString(""), json.path("$updatedAt").asString(""), permissions,
					Json.mapper().treeToValue(data, type));
		}
		catch (JacksonException ex) {
			throw new AppwriteUnreadableResponseException(200, "Row " + json.path("$id").asString("?")
					+ " does not map to " + type.getName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	static <T> RowList<T> rows(JsonNode json, Class<T> type) {
		List<Row<T>> rows = new ArrayList<>();
		json.path("rows").forEach((row) -> rows.add(row(row, type)));
		return new RowList<>(json.path("total").asLong(rows.size()), rows);
	}

}
