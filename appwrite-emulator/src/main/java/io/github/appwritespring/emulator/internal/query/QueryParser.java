package io.github.appwritespring.emulator.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * Parses Appwrite query strings and checks them against the attributes a resource has.
 * Every problem is a 400 {@code general_query_invalid} whose message names it.
 */
public final class QueryParser {

	/** The most queries one request may carry. */
	public static final int MAX_QUERIES = 100;

	/** The longest query string. */
	public static final int MAX_LENGTH = 4096;

	static final Set<String> FILTERS = Set.of("equal", "notEqual", "lessThan", "lessThanEqual", "greaterThan",
			"greaterThanEqual", "between", "notBetween", "isNull", "isNotNull", "startsWith", "notStartsWith",
			"endsWith", "notEndsWith", "search", "notSearch", "contains", "notContains");

	private static final Set<String> ORDERS = Set.of("orderAsc", "orderDesc");

	private static final Set<String> OTHERS = Set.of("select", "orderRandom", "limit", "offset", "cursorAfter",
			"cursorBefore", "and", "or");

	private static final Set<String> NO_VALUE = Set.of("isNull", "isNotNull");

	private static final Set<String> TWO_VALUES = Set.of("between", "notBetween");

	private static final Set<String> ONE_VALUE = Set.of("notEqual", "lessThan", "lessThanEqual", "greaterThan",
			"greaterThanEqual", "search", "notSearch", "startsWith", "notStartsWith", "endsWith", "notEndsWith");

	private QueryParser() {
	}

	/**
	 * Returns the parsed queries.
	 * @param queries the raw query strings
	 * @param attributes the attributes that may be filtered, ordered or selected (besides
	 * {@code $id}, {@code $createdAt}, {@code $updatedAt}, {@code $sequence})
	 * @return the parsed queries
	 */
	public static List<Query> parse(List<String> queries, Set<String> attributes) {
		if (queries.size() > MAX_QUERIES) {
			throw invalid("Invalid queries: at most " + MAX_QUERIES + " queries are allowed, got " + queries.size());
		}
		List<Query> parsed = new ArrayList<>(queries.size());
		for (String raw : queries) {
			if (raw.length() > MAX_LENGTH) {
				throw invalid("Invalid query: longer than " + MAX_LENGTH + " characters");
			}
			JsonNode json;
			try {
				json = Json.MAPPER.readTree(raw);
			}
			catch (JacksonException ex) {
				throw invalid("Invalid query: Syntax error, not a JSON object: " + abbreviate(raw));
			}
			parsed.add(fromJson(json, attributes));
		}
		return parsed;
	}

	private static Query fromJson(JsonNode json, Set<String> attributes) {
		if (json == null || !json.isObject()) {
			throw invalid("Invalid query: Syntax error, a query must be a JSON object");
		}
		JsonNode methodNode = json.path("method");
		if (!methodNode.isString() || methodNode.asString().isEmpty()) {
			throw invalid("Invalid query: Syntax error, 'method' is required");
		}
		String method = methodNode.asString();
		String attribute = json.path("attribute").asString("");
		JsonNode valuesNode = json.path("values");
		if (!valuesNode.isMissingNode() && !valuesNode.isArray()) {
			throw invalid("Invalid query: 'values' of " + method + " must be an array");
		}
		List<JsonNode> values = new ArrayList<>();
		valuesNode.forEach(values::add);
		if (!FILTERS.contains(method) && !ORDERS.contains(method) && !OTHERS.contains(method)) {
			throw invalid("Invalid query method: " + method);
		}
		if (method.equals("and") || method.equals("or")) {
			if (values.size() < 2) {
				throw invalid("Invalid query: " + method + " queries require at least two queries");
			}
			List<Query> nested = new ArrayList<>();
			for (JsonNode value : values) {
				Query inner = fromJson(value, attributes);
				if (!FILTERS.contains(inner.method()) && !inner.method().equals("and")
						&& !inner.method().equals("or")) {
					throw invalid("Invalid query: " + method + " queries can only contain filter queries, not "
							+ inner.method());
				}
				nested.add(inner);
			}
			return new Query(method, "", List.of(), nested);
		}
		if (FILTERS.contains(method) || ORDERS.contains(method)) {
			checkAttribute(method, attribute, attributes);
		}
		if (FILTERS.contains(method)) {
			if (NO_VALUE.contains(method)) {
				// values ignored, as Appwrite does
			}
			else if (TWO_VALUES.contains(method) && values.size() != 2) {
				throw invalid("Invalid query: " + capitalized(method) + " queries require exactly two values.");
			}
			else if (ONE_VALUE.contains(method) && values.size() != 1) {
				throw invalid("Invalid query: " + capitalized(method) + " queries require exactly one value.");
			}
			else if (values.isEmpty()) {
				throw invalid("Invalid query: " + method + " queries require at least one value");
			}
			for (JsonNode value : values) {
				if (!value.isValueNode() || value.isNull()) {
					throw invalid("Invalid query: values of " + method + " must be strings, numbers or booleans");
				}
			}
		}
		switch (method) {
			case "limit", "offset" -> {
				if (values.size() != 1 || !values.get(0).isIntegralNumber() || values.get(0).asLong() < 0) {
					throw invalid("Invalid query: " + method + " requires one non-negative integer");
				}
				if (method.equals("limit") && (values.get(0).asLong() < 1 || values.get(0).asLong() > 5000)) {
					throw invalid("Invalid query: Invalid limit: Value must be a valid range between 1 and 5,000");
				}
			}
			case "cursorAfter", "cursorBefore" -> {
				if (values.size() != 1 || !values.get(0).isString() || values.get(0).asString().isEmpty()) {
					throw invalid("Invalid query: " + method + " requires one row ID");
				}
			}
			case "select" -> {
				if (values.isEmpty()) {
					throw invalid("Invalid query: select requires at least one attribute");
				}
				for (JsonNode value : values) {
					if (!value.isString()) {
						throw invalid("Invalid query: select values must be attribute names");
					}
					String name = value.asString();
					if (!name.equals("*") && !name.startsWith("$")) {
						checkAttribute(method, name, attributes);
					}
				}
			}
			default -> {
			}
		}
		return new Query(method, attribute, List.copyOf(values), List.of());
	}

	private static void checkAttribute(String method, String attribute, Set<String> attributes) {
		if (attribute.isEmpty()) {
			throw invalid("Invalid query: " + method + " requires an attribute");
		}
		if (!attribute.startsWith("$") && !attributes.contains(attribute)) {
			throw invalid("Invalid query: Attribute not found in schema: " + attribute);
		}
		if (attribute.startsWith("$") && !Set.of("$id", "$createdAt", "$updatedAt", "$sequence").contains(attribute)) {
			throw invalid("Invalid query: Attribute not found in schema: " + attribute);
		}
	}

	private static String capitalized(String method) {
		return Character.toUpperCase(method.charAt(0)) + method.substring(1);
	}

	/**
	 * Returns Appwrite's error for an invalid query.
	 * @param message the message, naming the problem
	 * @return a 400 {@code general_query_invalid}
	 */
	public static ApiException invalid(String message) {
		return new ApiException(ErrorTypes.GENERAL_QUERY_INVALID, 400, message);
	}

	private static String abbreviate(String value) {
		return (value.length() <= 80) ? value : value.substring(0, 77) + "...";
	}

}
