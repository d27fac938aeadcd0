package io.github.appwritespring.emulator.internal.tablesdb;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.FilterVar;

/**
 * Checks row data against a table's columns with Appwrite's error: 400
 * {@code row_invalid_structure} and a message naming the attribute and the rule.
 * Datetimes are normalized to Appwrite's format.
 */
final class RowValidator {

	private RowValidator() {
	}

	/**
	 * Returns the checked values, keyed by column.
	 * @param columns the table's columns
	 * @param data the values sent
	 * @param partial whether missing required columns are allowed (an update)
	 * @return the checked values, keyed by column
	 */
	static Map<String, JsonNode> validate(ArrayNode columns, ObjectNode data, boolean partial) {
		Map<String, ObjectNode> byKey = new HashMap<>();
		columns.forEach((column) -> byKey.put(column.path("key").asString(), (ObjectNode) column));
		Map<String, JsonNode> checked = new HashMap<>();
		data.properties().forEach((field) -> {
			ObjectNode column = byKey.get(field.getKey());
			if (column == null) {
				throw invalid("Unknown attribute: \"" + field.getKey() + "\"");
			}
			checked.put(field.getKey(), check(column, field.getValue()));
		});
		if (!partial) {
			for (ObjectNode column : byKey.values()) {
				JsonNode value = checked.get(column.path("key").asString());
				if (column.path("required").asBoolean() && (value == null || value.isNull())) {
					throw invalid("Missing required attribute \"" + column.path("key").asString() + "\"");
				}
			}
		}
		else {
			checked.forEach((key, value) -> {
				// every checked key is a column: unknown ones were refused above
				ObjectNode column = byKey.get(key);
				if (column != null && column.path("required").asBoolean() && value.isNull()) {
					throw invalid("Missing required attribute \"" + key + "\"");
				}
			});
		}
		return checked;
	}

	private static JsonNode check(ObjectNode column, JsonNode value) {
		if (value.isNull()) {
			return value;
		}
		String key = column.path("key").asString();
		if (column.path("array").asBoolean()) {
			if (!value.isArray()) {
				throw invalid("Attribute \"" + key + "\" must be an array");
			}
			ArrayNode checked = JsonNodeFactory.instance.arrayNode();
			value.forEach((element) -> checked.add(checkValue(column, element, null)));
			return checked;
		}
		return checkValue(column, value, null);
	}

	/**
	 * Returns the value as stored.
	 * @param column the column
	 * @param value one value
	 * @param param the parameter for a {@code general_argument_invalid} error, or
	 * {@code null} for a row error
	 * @return the value as stored
	 */
	static JsonNode checkValue(ObjectNode column, JsonNode value, @Nullable String param) {
		String key = column.path("key").asString();
		String format = column.path("format").asString("");
		String rule = null;
		JsonNode result = value;
		switch (column.path("type").asString()) {
			case "string" -> {
				if (!value.isString()) {
					rule = "Value must be a valid string";
				}
				else if (format.equals("email") && !FilterVar.isEmail(value.asString())) {
					rule = "Value must be a valid email address";
				}
				else if (format.equals("url") && !FilterVar.isUrl(value.asString())) {
					rule = "Value must be a valid URL";
				}
				else if (format.equals("ip") && !FilterVar.isIp(value.asString())) {
					rule = "Value must be a valid IP address";
				}
				else if (format.equals("enum") && !contains(column.path("elements"), value.asString())) {
					rule = "Value must be one of (" + join(column.path("elements")) + ")";
				}
				else if (column.has("size") && length(value.asString()) > column.path("size").asLong()) {
					rule = "Value must be a valid string and no longer than " + column.path("size").asLong() + " chars";
				}
			}
			case "integer" -> {
				if (!value.isIntegralNumber() || !value.canConvertToLong()) {
					rule = "Value must be a valid integer";
				}
				else if (value.asLong() < column.path("min").asLong(Long.MIN_VALUE)
						|| value.asLong() > column.path("max").asLong(Long.MAX_VALUE)) {
					rule = "Value must be a valid range between " + column.path("min").asLong() + " and "
							+ column.path("max").asLong();
				}
			}
			case "double" -> {
				if (!value.isNumber()) {
					rule = "Value must be a valid float";
				}
				else if (value.asDouble() < column.path("min").asDouble(-Double.MAX_VALUE)
						|| value.asDouble() > column.path("max").asDouble(Double.MAX_VALUE)) {
					rule = "Value must be a valid range between " + column.path("min").asDouble() + " and "
							+ column.path("max").asDouble();
				}
			}
			case "boolean" -> {
				if (!value.isBoolean()) {
					rule = "Value must be a valid boolean";
				}
			}
			case "datetime" -> {
				if (!value.isString()) {
					rule = "Value must be valid date";
				}
				else {
					Optional<Instant> instant = AppwriteDates.parseLenient(value.asString());
					if (instant.isPresent()) {
						result = JsonNodeFactory.instance.stringNode(AppwriteDates.format(instant.get()));
					}
					else {
						rule = "Value must be valid date";
					}
				}
			}
			case "point", "linestring", "polygon" -> {
				if (!Spatial.isValid(column.path("type").asString(), value)) {
					rule = Spatial.rule(column.path("type").asString());
				}
			}
			default -> rule = "Value has an unknown type";
		}
		if (rule != null) {
			if (param != null) {
				throw ApiException.invalidParam(param, rule);
			}
			throw invalid("Attribute \"" + key + "\" has invalid type. " + rule);
		}
		return result;
	}

	/** Characters as Appwrite counts them (PHP's {@code mb_strlen}): code points. */
	private static int length(String value) {
		return value.codePointCount(0, value.length());
	}

	private static boolean contains(JsonNode elements, String value) {
		for (JsonNode element : elements) {
			if (element.asString().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static String join(JsonNode elements) {
		StringBuilder joined = new StringBuilder();
		elements.forEach((element) -> joined.append((joined.length() > 0) ? ", " : "").append(element.asString()));
		return joined.toString();
	}

	static ApiException invalid(String detail) {
		return new ApiException("row_invalid_structure", 400, "Invalid document structure: " + detail);
	}

}
