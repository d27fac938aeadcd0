package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.permission.ResourceKind;
import io.github.appwritespring.emulator.internal.store.DocumentSpace;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Relationship columns. A relationship lives in the parent row only: the parent's column
 * holds the related row's ID (or a list of IDs for the "many" side); the child side
 * (shown with {@code twoWay}) is worked out by looking for the parents that name the
 * child. Values may be IDs or row objects (created, or updated when their {@code $id}
 * exists), as Appwrite accepts them; {@code onDelete} is applied when either side's row
 * is deleted.
 */
final class Relationships {

	static final String TYPE = "relationship";

	private Relationships() {
	}

	static boolean isRelationship(JsonNode column) {
		return column.path("type").asString().equals(TYPE);
	}

	/** Whether the column's own side holds several related rows. */
	static boolean isMany(JsonNode column) {
		String type = column.path("relationType").asString();
		boolean parent = column.path("side").asString().equals("parent");
		return switch (type) {
			case "manyToMany" -> true;
			case "oneToMany" -> parent;
			case "manyToOne" -> !parent;
			default -> false;
		};
	}

	/**
	 * Takes the relationship values out of {@code data} (which keeps only plain columns),
	 * checked and with nested rows resolved to IDs, to be linked once the row is written.
	 */
	static Pending extract(DocumentSpace space, RowWriter writer, ObjectNode table, ObjectNode data) {
		Map<JsonNode, List<String>> values = new LinkedHashMap<>();
		for (JsonNode column : table.path("columns")) {
			String key = column.path("key").asString();
			if (!isRelationship(column) || !data.has(key)) {
				continue;
			}
			JsonNode value = data.remove(key);
			values.put(column, ids(space, writer, table, column, value));
		}
		return new Pending(table, values);
	}

	private static List<String> ids(DocumentSpace space, RowWriter writer, ObjectNode table, JsonNode column,
			JsonNode value) {
		String key = column.path("key").asString();
		List<JsonNode> items = new ArrayList<>();
		if (value.isNull()) {
			return List.of();
		}
		if (isMany(column)) {
			if (!value.isArray()) {
				throw invalid("Invalid relationship value. Must be either an array of documents or document IDs, "
						+ value.getNodeType().toString().toLowerCase() + " given.", key);
			}
			value.forEach(items::add);
		}
		else {
			if (value.isArray()) {
				throw invalid("Invalid relationship value. Must be either a document ID or a document, array given.",
						key);
			}
			items.add(value);
		}
		String databaseId = table.path("databaseId").asString();
		String relatedTableId = column.path("relatedTable").asString();
		List<String> ids = new ArrayList<>();
		for (JsonNode item : items) {
			if (item.isString()) {
				String id = item.asString();
				if (RowWriter.row(space, databaseId, relatedTableId, id) == null) {
					throw invalid("Related row \"" + id + "\" could not be found.", key);
				}
				ids.add(id);
			}
			else if (item.isObject()) {
				ObjectNode nested = ((ObjectNode) item).deepCopy();
				JsonNode rawId = nested.remove("$id");
				JsonNode rawPermissions = nested.remove("$permissions");
				for (String meta : List.of("$sequence", "$tableId", "$databaseId", "$createdAt", "$updatedAt")) {
					nested.remove(meta);
				}
				String id = Ids.resolve(key, (rawId != null && rawId.isString()) ? rawId.asString() : Ids.UNIQUE);
				ObjectNode existing = RowWriter.row(space, databaseId, relatedTableId, id);
				List<String> permissions = (rawPermissions != null) ? permissions(rawPermissions) : null;
				if (existing == null) {
					writer.create(space, databaseId, relatedTableId, id, nested,
							(permissions != null) ? permissions : List.of());
				}
				else if (!nested.isEmpty() || permissions != null) {
					writer.update(space, existing, nested, permissions, true);
				}
				ids.add(id);
			}
			else {
				throw invalid("Invalid relationship value. Must be either a document ID or a document.", key);
			}
		}
		return ids;
	}

	private static List<String> permissions(JsonNode raw) {
		return Permissions.normalize("$permissions", Permissions.fromJson(raw), ResourceKind.ROW);
	}

	/**
	 * The IDs a row is related to through a column, from either side.
	 */
	static List<String> related(DocumentSpace space, ObjectNode table, JsonNode column, ObjectNode row) {
		if (column.path("side").asString().equals("parent")) {
			return idsIn(row.path(column.path("key").asString()));
		}
		String databaseId = table.path("databaseId").asString();
		String parentTable = column.path("relatedTable").asString();
		String parentKey = column.path("twoWayKey").asString();
		String rowId = row.path("$id").asString();
		List<String> parents = new ArrayList<>();
		for (ObjectNode parent : space.list(TablesDbStore.rowsCollection(databaseId, parentTable))) {
			if (idsIn(parent.path(parentKey)).contains(rowId)) {
				parents.add(parent.path("$id").asString());
			}
		}
		return parents;
	}

	private static List<String> idsIn(JsonNode value) {
		List<String> ids = new ArrayList<>();
		if (value.isString()) {
			ids.add(value.asString());
		}
		else if (value.isArray()) {
			value.forEach((id) -> ids.add(id.asString()));
		}
		return ids;
	}

	/**
	 * Answers the relationships a select asks for ({@code key.*} or {@code *} with
	 * {@code key.*}): the related rows, one level deep.
	 */
	static void load(DocumentSpace space, ObjectNode table, ObjectNode stored, ObjectNode model, Set<String> selected) {
		for (JsonNode column : table.path("columns")) {
			String key = column.path("key").asString();
			if (!isRelationship(column) || !selected.contains(key)) {
				continue;
			}
			String databaseId = table.path("databaseId").asString();
			String relatedTableId = column.path("relatedTable").asString();
			ObjectNode relatedTable = space.get(TablesDbStore.tables(databaseId), relatedTableId).orElse(null);
			List<JsonNode> rows = new ArrayList<>();
			for (String id : related(space, table, column, stored)) {
				ObjectNode related = RowWriter.row(space, databaseId, relatedTableId, id);
				if (related != null && relatedTable != null) {
					rows.add(TablesDbStore.rowModel(related, relatedTable));
				}
			}
			if (isMany(column)) {
				model.set(key, Json.MAPPER.valueToTree(rows));
			}
			else {
				model.set(key, rows.isEmpty() ? Json.MAPPER.nullNode() : rows.get(0));
			}
		}
	}

	/**
	 * Works out what deleting the row does to related rows ({@code restrict} refuses
	 * here, before anything is deleted); run the answer once the row is gone.
	 */
	static Runnable onDelete(DocumentSpace space, RowWriter writer, ObjectNode table, ObjectNode row) {
		String databaseId = table.path("databaseId").asString();
		String rowId = row.path("$id").asString();
		List<Runnable> effects = new ArrayList<>();
		for (JsonNode column : table.path("columns")) {
			if (!isRelationship(column)) {
				continue;
			}
			List<String> relatedIds = related(space, table, column, row);
			if (relatedIds.isEmpty()) {
				continue;
			}
			String relatedTableId = column.path("relatedTable").asString();
			switch (column.path("onDelete").asString()) {
				case "restrict" -> throw new ApiException("row_delete_restricted", 403,
						"Row cannot be deleted because it is referenced by another row.");
				case "cascade" -> effects.add(() -> {
					for (String id : relatedIds) {
						ObjectNode related = RowWriter.row(space, databaseId, relatedTableId, id);
						if (related != null) {
							writer.delete(space, related);
						}
					}
				});
				default -> {
					if (column.path("side").asString().equals("child")) {
						effects.add(() -> unlinkParents(space, databaseId, relatedTableId,
								column.path("twoWayKey").asString(), rowId));
					}
				}
			}
		}
		// a one-way relationship pointing at this table: the parents forget the row
		for (ObjectNode other : space.list(TablesDbStore.tables(databaseId))) {
			for (JsonNode column : other.path("columns")) {
				if (isRelationship(column) && column.path("side").asString().equals("parent")
						&& !column.path("twoWay").asBoolean()
						&& column.path("relatedTable").asString().equals(table.path("$id").asString())) {
					effects.add(() -> unlinkParents(space, databaseId, other.path("$id").asString(),
							column.path("key").asString(), rowId));
				}
			}
		}
		return () -> effects.forEach(Runnable::run);
	}

	private static void unlinkParents(DocumentSpace space, String databaseId, String parentTable, String parentKey,
			String childId) {
		String collection = TablesDbStore.rowsCollection(databaseId, parentTable);
		for (ObjectNode parent : space.list(collection)) {
			JsonNode value = parent.path(parentKey);
			if (idsIn(value).contains(childId)) {
				parent.set(parentKey, without(value, childId));
				space.put(collection, parent.path("$id").asString(), parent);
			}
		}
	}

	private static JsonNode without(JsonNode value, String id) {
		if (value.isArray()) {
			return Json.strings(idsIn(value).stream().filter((other) -> !other.equals(id)).toList());
		}
		return Json.MAPPER.nullNode();
	}

	private static ApiException invalid(String message, String key) {
		return new ApiException("relationship_value_invalid", 400,
				"Invalid value for relationship \"" + key + "\": " + message);
	}

	/** Relationship values of a row being written, linked once the row exists. */
	static final class Pending {

		private final ObjectNode table;

		private final Map<JsonNode, List<String>> values;

		Pending(ObjectNode table, Map<JsonNode, List<String>> values) {
			this.table = table;
			this.values = values;
		}

		void link(DocumentSpace space, String rowId) {
			String databaseId = this.table.path("databaseId").asString();
			String tableId = this.table.path("$id").asString();
			for (Map.Entry<JsonNode, List<String>> entry : this.values.entrySet()) {
				JsonNode column = entry.getKey();
				List<String> ids = entry.getValue();
				if (column.path("side").asString().equals("parent")) {
					linkAsParent(space, databaseId, tableId, column, rowId, ids);
				}
				else {
					linkAsChild(space, databaseId, column, rowId, ids);
				}
			}
		}

		private static void linkAsParent(DocumentSpace space, String databaseId, String tableId, JsonNode column,
				String rowId, List<String> ids) {
			String key = column.path("key").asString();
			String collection = TablesDbStore.rowsCollection(databaseId, tableId);
			String type = column.path("relationType").asString();
			if (type.equals("oneToOne") || type.equals("oneToMany")) {
				// a child has one parent: other parents let go of it
				for (String id : ids) {
					for (ObjectNode other : space.list(collection)) {
						if (!other.path("$id").asString().equals(rowId) && idsIn(other.path(key)).contains(id)) {
							other.set(key, without(other.path(key), id));
							space.put(collection, other.path("$id").asString(), other);
						}
					}
				}
			}
			ObjectNode row = space.get(collection, rowId).orElseThrow();
			row.set(key, isMany(column) ? Json.strings(new ArrayList<>(new LinkedHashSet<>(ids)))
					: (ids.isEmpty() ? Json.MAPPER.nullNode() : Json.MAPPER.stringNode(ids.get(0))));
			space.put(collection, rowId, row);
		}

		private static void linkAsChild(DocumentSpace space, String databaseId, JsonNode column, String rowId,
				List<String> parentIds) {
			String parentTable = column.path("relatedTable").asString();
			String parentKey = column.path("twoWayKey").asString();
			String collection = TablesDbStore.rowsCollection(databaseId, parentTable);
			boolean parentMany = column.path("relationType").asString().equals("oneToMany")
					|| column.path("relationType").asString().equals("manyToMany");
			Set<String> wanted = new LinkedHashSet<>(parentIds);
			for (ObjectNode parent : space.list(collection)) {
				String parentId = parent.path("$id").asString();
				List<String> current = idsIn(parent.path(parentKey));
				boolean linked = current.contains(rowId);
				if (wanted.contains(parentId) && !linked) {
					List<String> next = new ArrayList<>(parentMany ? current : List.of());
					next.add(rowId);
					parent.set(parentKey, parentMany ? Json.strings(next) : Json.MAPPER.stringNode(rowId));
					space.put(collection, parentId, parent);
				}
				else if (!wanted.contains(parentId) && linked) {
					parent.set(parentKey, without(parent.path(parentKey), rowId));
					space.put(collection, parentId, parent);
				}
			}
		}

	}

}
