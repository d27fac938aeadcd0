package io.github.appwritespring.emulator.internal.tablesdb;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * One write to rows, as a route runs it at once or a transaction stages it (the shape of
 * an item of {@code createOperations}' {@code operations}).
 *
 * @param action {@code create}, {@code update}, {@code upsert}, {@code delete},
 * {@code increment}, {@code decrement}, {@code bulkCreate}, {@code bulkUpdate},
 * {@code bulkUpsert} or {@code bulkDelete}
 * @param databaseId the database
 * @param tableId the table
 * @param rowId the row, for single-row actions
 * @param data the row data ({@code $permissions} inside), the column and amount of an
 * increment, the rows of a bulk create or upsert, {@code {data, queries}} of a bulk
 * update or {@code {queries}} of a bulk delete
 */
record RowOperation(String action, String databaseId, String tableId, @Nullable String rowId, JsonNode data) {

	ObjectNode toJson(String stagedAt) {
		ObjectNode json = Json.object();
		json.put("action", this.action);
		json.put("databaseId", this.databaseId);
		json.put("tableId", this.tableId);
		if (this.rowId != null) {
			json.put("rowId", this.rowId);
		}
		json.set("data", this.data);
		json.put("stagedAt", stagedAt);
		return json;
	}

	static RowOperation fromJson(JsonNode json) {
		JsonNode rowId = json.get("rowId");
		return new RowOperation(json.path("action").asString(), json.path("databaseId").asString(),
				json.path("tableId").asString(), (rowId != null && rowId.isString()) ? rowId.asString() : null,
				json.path("data"));
	}

}
