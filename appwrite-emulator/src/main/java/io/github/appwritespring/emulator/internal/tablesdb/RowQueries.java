package io.github.appwritespring.emulator.internal.tablesdb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.query.Query;
import io.github.appwritespring.emulator.internal.query.QueryEngine;
import io.github.appwritespring.emulator.internal.query.QueryParser;
import io.github.appwritespring.emulator.internal.store.DocumentSpace;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * A row list's queries checked against the table's columns as Appwrite checks them: each
 * value must fit the column's type, an array column takes only
 * {@code contains}/{@code notContains}/{@code isNull}/{@code isNotNull}, {@code contains}
 * needs an array or a string. Datetime values are turned into Appwrite's stored UTC form
 * once, so that rows compare as instants.
 */
final class RowQueries {

	private static final Set<String> ARRAY_METHODS = Set.of("contains", "notContains", "isNull", "isNotNull");

	private RowQueries() {
	}

	/**
	 * Returns the request's queries, checked and with datetime values normalized.
	 * @param params the request's parameters
	 * @param table the table
	 * @return the queries
	 */
	static List<Query> parse(Params params, ObjectNode table) {
		Map<String, JsonNode> columns = new HashMap<>();
		table.path("columns").forEach((column) -> columns.put(column.path("key").asString(), column));
		Set<String> attributes = new HashSet<>(columns.keySet());
		columns.forEach((key, column) -> {
			if (Relationships.isRelationship(column)) {
				attributes.add(key + ".*");
			}
		});
		List<Query> queries = Listing.queries(params, attributes);
		List<Query> checked = new ArrayList<>(queries.size());
		for (Query query : queries) {
			checked.add(check(query, columns));
		}
		return checked;
	}

	/**
	 * The relationship columns a select loads ({@code key.*}, Appwrite's opt-in
	 * relationship loading).
	 */
	static Set<String> selectedRelationships(List<Query> queries) {
		Set<String> selected = new HashSet<>();
		for (Query query : queries) {
			if (query.method().equals("select")) {
				for (JsonNode value : query.values()) {
					if (value.asString().endsWith(".*")) {
						selected.add(value.asString().substring(0, value.asString().length() - 2));
					}
				}
			}
		}
		return selected;
	}

	/**
	 * Finds cursors among all the table's rows, whoever may read them, as Appwrite does.
	 */
	static QueryEngine.Cursors cursors(DocumentSpace space, String databaseId, ObjectNode table) {
		String tableId = table.path("$id").asString();
		return new QueryEngine.Cursors() {

			@Override
			public @Nullable ObjectNode find(String id) {
				return space.get(TablesDbStore.rowsCollection(databaseId, tableId), id)
					.map((row) -> TablesDbStore.rowModel(row, table))
					.orElse(null);
			}

			@Override
			public String notFoundMessage(String id) {
				return "Row '" + id + "' for the 'cursor' value not found.";
			}

			@Override
			public String orderNullMessage(String attribute) {
				return "The order column '" + attribute
						+ "' had a null value. Cursor pagination requires all rows order column values are non-null.";
			}

		};
	}

	private static Query check(Query query, Map<String, JsonNode> columns) {
		if (!query.nested().isEmpty()) {
			List<Query> nested = new ArrayList<>(query.nested().size());
			query.nested().forEach((inner) -> nested.add(check(inner, columns)));
			return new Query(query.method(), query.attribute(), query.values(), nested);
		}
		if (!isFilter(query)) {
			return query;
		}
		String attribute = query.attribute();
		String type;
		boolean array;
		switch (attribute) {
			case "$id" -> {
				type = "string";
				array = false;
			}
			case "$createdAt", "$updatedAt" -> {
				type = "datetime";
				array = false;
			}
			case "$sequence" -> {
				type = "sequence";
				array = false;
			}
			default -> {
				JsonNode column = columns.get(attribute);
				type = (column != null) ? column.path("type").asString() : "string";
				array = column != null && column.path("array").asBoolean();
			}
		}
		List<JsonNode> values = query.values();
		if (query.method().equals("isNull") || query.method().equals("isNotNull")) {
			values = List.of();
		}
		List<JsonNode> normalized = new ArrayList<>(values.size());
		for (JsonNode value : values) {
			JsonNode stored = normalized(type, value);
			if (stored == null) {
				throw QueryParser.invalid("Invalid query: Query value is invalid for attribute \"" + attribute + "\"");
			}
			normalized.add(stored);
		}
		String method = query.method();
		if (!array && (method.equals("contains") || method.equals("notContains")) && !type.equals("string")) {
			throw QueryParser.invalid("Invalid query: Cannot query " + method + " on attribute \"" + attribute
					+ "\" because it is not an array, string, or object.");
		}
		if (array && !ARRAY_METHODS.contains(method)) {
			throw QueryParser.invalid("Invalid query: Cannot query " + method + " on attribute \"" + attribute
					+ "\" because it is an array.");
		}
		return type.equals("datetime") ? new Query(method, attribute, List.copyOf(normalized), List.of()) : query;
	}

	private static boolean isFilter(Query query) {
		return !query.attribute().isEmpty() && !query.method().equals("orderAsc")
				&& !query.method().equals("orderDesc");
	}

	/** The value as the column stores it, or {@code null} when it does not fit. */
	private static @Nullable JsonNode normalized(String type, JsonNode value) {
		return switch (type) {
			case "string" -> value.isString() ? value : null;
			case "integer" -> (value.isIntegralNumber() && value.canConvertToLong()) ? value : null;
			case "double" -> value.isNumber() ? value : null;
			case "boolean" -> value.isBoolean() ? value : null;
			case "sequence" ->
				(value.isIntegralNumber() || value.isString() && value.asString().matches("\\d{1,19}")) ? value : null;
			case "datetime" -> {
				Optional<Instant> instant = value.isString() ? AppwriteDates.parseLenient(value.asString())
						: Optional.empty();
				yield instant.map((at) -> (JsonNode) JsonNodeFactory.instance.stringNode(AppwriteDates.format(at)))
					.orElse(null);
			}
			default -> value;
		};
	}

}
