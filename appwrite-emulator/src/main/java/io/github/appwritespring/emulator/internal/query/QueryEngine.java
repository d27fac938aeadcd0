package io.github.appwritespring.emulator.internal.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;

/**
 * Applies parsed queries to documents given in their default order: filters, then
 * ordering (stable, several keys), cursors, offset, limit (default 25) and select.
 */
public final class QueryEngine {

	/** Appwrite's page size when no limit is given. */
	public static final int DEFAULT_LIMIT = 25;

	/** Appwrite counts matches up to this number. */
	public static final int MAX_COUNT = 5000;

	private QueryEngine() {
	}

	/**
	 * Returns the count and the page.
	 * @param documents the candidates, in the resource's default order
	 * @param queries the parsed queries
	 * @return the count and the page
	 */
	public static QueryResult apply(List<ObjectNode> documents, List<Query> queries) {
		return apply(documents, queries, null);
	}

	/**
	 * Returns the count and the page, finding a cursor's document in the whole resource
	 * (as Appwrite does, whatever the filters and permissions): the page continues from
	 * the cursor's place in the order, which the order columns and then {@code $sequence}
	 * decide.
	 * @param documents the candidates, in the resource's default order
	 * @param queries the parsed queries
	 * @param cursors finds a cursor's document by ID, or {@code null} to look for it
	 * among the candidates
	 * @return the count and the page
	 */
	public static QueryResult apply(List<ObjectNode> documents, List<Query> queries, @Nullable Cursors cursors) {
		List<ObjectNode> matching = new ArrayList<>();
		for (ObjectNode document : documents) {
			if (matchesAll(document, queries)) {
				matching.add(document);
			}
		}
		sort(matching, queries);
		long total = Math.min(matching.size(), MAX_COUNT);
		int limit = DEFAULT_LIMIT;
		int offset = 0;
		String after = null;
		String before = null;
		@Nullable List<String> select = null;
		for (Query query : queries) {
			switch (query.method()) {
				case "limit" -> limit = (int) query.values().get(0).asLong();
				case "offset" -> offset = (int) query.values().get(0).asLong();
				case "cursorAfter" -> after = query.values().get(0).asString();
				case "cursorBefore" -> before = query.values().get(0).asString();
				case "select" -> select = query.values().stream().map(JsonNode::asString).toList();
				default -> {
				}
			}
		}
		List<ObjectNode> window = matching;
		String cursorId = (after != null) ? after : before;
		if (cursors != null && cursorId != null) {
			window = beyondCursor(matching, queries, cursors, cursorId, after != null);
			if (before != null) {
				int from = Math.max(0, window.size() - offset - limit);
				window = window.subList(from, Math.max(from, window.size() - offset));
				offset = 0;
			}
		}
		else if (after != null) {
			int at = indexOf(documents, matching, after);
			window = matching.subList(at + 1, matching.size());
		}
		else if (before != null) {
			int at = indexOf(documents, matching, before);
			window = matching.subList(0, at);
			int from = Math.max(0, window.size() - offset - limit);
			window = window.subList(from, Math.max(from, window.size() - offset));
			offset = 0;
		}
		List<ObjectNode> page = new ArrayList<>();
		for (int i = offset; i < window.size() && page.size() < limit; i++) {
			page.add(project(window.get(i), select));
		}
		return new QueryResult(total, page);
	}

	/**
	 * Returns whether every filter matches.
	 * @param document a document
	 * @param queries the queries; only filters and and/or are looked at
	 * @return whether every filter matches
	 */
	public static boolean matchesAll(ObjectNode document, List<Query> queries) {
		for (Query query : queries) {
			if (isFilter(query) && !matches(document, query)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isFilter(Query query) {
		return QueryParser.FILTERS.contains(query.method()) || query.method().equals("and")
				|| query.method().equals("or");
	}

	/**
	 * The matching documents after (or before) the cursor in the order, as Appwrite's SQL
	 * does: {@code (a > ca) OR (a = ca AND b > cb) ...} over the order attributes and
	 * {@code $sequence}, a null never comparing.
	 */
	private static List<ObjectNode> beyondCursor(List<ObjectNode> matching, List<Query> queries, Cursors cursors,
			String id, boolean after) {
		ObjectNode cursor = cursors.find(id);
		if (cursor == null) {
			throw new ApiException("general_cursor_not_found", 400, cursors.notFoundMessage(id));
		}
		List<String> attributes = new ArrayList<>();
		List<Boolean> descending = new ArrayList<>();
		for (Query query : queries) {
			if (query.method().equals("orderAsc") || query.method().equals("orderDesc")) {
				attributes.add(query.attribute());
				descending.add(query.method().equals("orderDesc"));
			}
		}
		if (!attributes.contains("$id") && !attributes.contains("$sequence")) {
			attributes.add("$sequence");
			descending.add(false);
		}
		for (String attribute : attributes) {
			JsonNode value = cursor.path(attribute);
			if (value.isMissingNode() || value.isNull()) {
				throw new ApiException("database_query_order_null", 400, cursors.orderNullMessage(attribute));
			}
		}
		List<ObjectNode> window = new ArrayList<>();
		for (ObjectNode document : matching) {
			if (beyond(document, cursor, attributes, descending, after)) {
				window.add(document);
			}
		}
		return window;
	}

	private static boolean beyond(ObjectNode document, ObjectNode cursor, List<String> attributes,
			List<Boolean> descending, boolean after) {
		for (int i = 0; i < attributes.size(); i++) {
			JsonNode value = document.path(attributes.get(i));
			if (value.isMissingNode() || value.isNull()) {
				return false;
			}
			Integer compared = compare(value, cursor.path(attributes.get(i)));
			if (compared == null) {
				return false;
			}
			if (compared != 0) {
				return (compared > 0) == (descending.get(i) != after);
			}
		}
		return false;
	}

	private static int indexOf(List<ObjectNode> all, List<ObjectNode> matching, String id) {
		for (int i = 0; i < matching.size(); i++) {
			if (id.equals(matching.get(i).path("$id").asString())) {
				return i;
			}
		}
		boolean exists = all.stream().anyMatch((document) -> id.equals(document.path("$id").asString()));
		if (!exists) {
			throw new ApiException("general_cursor_not_found", 400, "Cursor not found: no document with ID " + id);
		}
		return -1;
	}

	private static ObjectNode project(ObjectNode document, @Nullable List<String> select) {
		if (select == null || select.contains("*")) {
			return document;
		}
		ObjectNode projected = document.objectNode();
		document.properties().forEach((field) -> {
			if (field.getKey().startsWith("$") || select.contains(field.getKey())
					|| select.contains(field.getKey() + ".*")) {
				projected.set(field.getKey(), field.getValue());
			}
		});
		return projected;
	}

	private static void sort(List<ObjectNode> documents, List<Query> queries) {
		Comparator<ObjectNode> order = null;
		for (Query query : queries) {
			if (query.method().equals("orderRandom")) {
				Collections.shuffle(documents, ThreadLocalRandom.current());
				return;
			}
			if (query.method().equals("orderAsc") || query.method().equals("orderDesc")) {
				String attribute = query.attribute();
				Comparator<ObjectNode> byAttribute = (a, b) -> compareForOrder(a.path(attribute), b.path(attribute));
				if (query.method().equals("orderDesc")) {
					byAttribute = byAttribute.reversed();
				}
				order = (order != null) ? order.thenComparing(byAttribute) : byAttribute;
			}
		}
		if (order != null) {
			documents.sort(order);
		}
	}

	private static int compareForOrder(JsonNode a, JsonNode b) {
		boolean aNull = a.isMissingNode() || a.isNull();
		boolean bNull = b.isMissingNode() || b.isNull();
		if (aNull || bNull) {
			return (aNull == bNull) ? 0 : (aNull ? -1 : 1);
		}
		Integer compared = compare(a, b);
		return (compared != null) ? compared : a.toString().compareTo(b.toString());
	}

	static boolean matches(ObjectNode document, Query query) {
		if (query.method().equals("and")) {
			return query.nested().stream().allMatch((inner) -> matches(document, inner));
		}
		if (query.method().equals("or")) {
			return query.nested().stream().anyMatch((inner) -> matches(document, inner));
		}
		JsonNode value = document.path(query.attribute());
		boolean isNull = value.isMissingNode() || value.isNull();
		List<JsonNode> values = query.values();
		return switch (query.method()) {
			case "isNull" -> isNull;
			case "isNotNull" -> !isNull;
			case "equal" ->
				!isNull && anyElement(value, (element) -> values.stream().anyMatch((v) -> equal(element, v)));
			case "notEqual" ->
				!isNull && !anyElement(value, (element) -> values.stream().anyMatch((v) -> equal(element, v)));
			case "lessThan" -> !isNull && anyElement(value, (element) -> compareOrNull(element, values.get(0)) < 0);
			case "lessThanEqual" ->
				!isNull && anyElement(value, (element) -> compareOrNull(element, values.get(0)) <= 0);
			case "greaterThan" -> !isNull && anyElement(value, (element) -> compareOrMin(element, values.get(0)) > 0);
			case "greaterThanEqual" ->
				!isNull && anyElement(value, (element) -> compareOrMin(element, values.get(0)) >= 0);
			case "between" -> !isNull && anyElement(value, (element) -> compareOrMin(element, values.get(0)) >= 0
					&& compareOrNull(element, values.get(1)) <= 0);
			case "notBetween" -> !isNull && !anyElement(value, (element) -> compareOrMin(element, values.get(0)) >= 0
					&& compareOrNull(element, values.get(1)) <= 0);
			case "startsWith" -> text(value).startsWith(values.get(0).asString());
			case "notStartsWith" -> !isNull && !text(value).startsWith(values.get(0).asString());
			case "endsWith" -> text(value).endsWith(values.get(0).asString());
			case "notEndsWith" -> !isNull && !text(value).endsWith(values.get(0).asString());
			case "contains" -> contains(value, values);
			case "notContains" -> !isNull && !contains(value, values);
			case "search" -> search(value, values.get(0).asString());
			case "notSearch" -> !isNull && !search(value, values.get(0).asString());
			default -> throw QueryParser.invalid("Invalid query method: " + query.method());
		};
	}

	private static boolean anyElement(JsonNode value, ElementTest test) {
		if (value.isArray()) {
			for (JsonNode element : value) {
				if (test.test(element)) {
					return true;
				}
			}
			return false;
		}
		return test.test(value);
	}

	private static boolean equal(JsonNode a, JsonNode b) {
		Integer compared = compare(a, b);
		return (compared != null) ? compared == 0 : a.asString().equals(b.asString());
	}

	private static int compareOrNull(JsonNode a, JsonNode b) {
		Integer compared = compare(a, b);
		return (compared != null) ? compared : Integer.MAX_VALUE;
	}

	private static int compareOrMin(JsonNode a, JsonNode b) {
		Integer compared = compare(a, b);
		return (compared != null) ? compared : Integer.MIN_VALUE;
	}

	/**
	 * Numbers numerically, booleans and strings by value; {@code null} when the two
	 * cannot be compared.
	 */
	private static @Nullable Integer compare(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return Double.compare(a.asDouble(), b.asDouble());
		}
		if (a.isBoolean() && b.isBoolean()) {
			return Boolean.compare(a.asBoolean(), b.asBoolean());
		}
		if (a.isString() && b.isString()) {
			return a.asString().compareTo(b.asString());
		}
		if (a.isNumber() && b.isString() || a.isString() && b.isNumber()) {
			try {
				return Double.compare(Double.parseDouble(a.asString()), Double.parseDouble(b.asString()));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static String text(JsonNode value) {
		return (value.isValueNode() && !value.isNull()) ? value.asString() : "";
	}

	private static boolean contains(JsonNode value, List<JsonNode> values) {
		if (value.isArray()) {
			return anyElement(value, (element) -> values.stream().anyMatch((v) -> equal(element, v)));
		}
		String text = text(value);
		return values.stream().anyMatch((v) -> text.contains(v.asString()));
	}

	private static boolean search(JsonNode value, String terms) {
		return FullText.of(terms).matches(text(value));
	}

	/**
	 * Finds a cursor's document in the whole resource, and words the errors about it.
	 */
	public interface Cursors {

		/**
		 * Returns the document with this ID as the list shows it, or {@code null}.
		 * @param id the cursor's ID
		 * @return the document, or {@code null}
		 */
		@Nullable ObjectNode find(String id);

		/**
		 * Returns the message of a 400 {@code general_cursor_not_found}.
		 * @param id the cursor's ID
		 * @return the message
		 */
		String notFoundMessage(String id);

		/**
		 * Returns the message of a 400 {@code database_query_order_null}.
		 * @param attribute the order attribute the cursor's document lacks
		 * @return the message
		 */
		String orderNullMessage(String attribute);

	}

	private interface ElementTest {

		boolean test(JsonNode element);

	}

}
