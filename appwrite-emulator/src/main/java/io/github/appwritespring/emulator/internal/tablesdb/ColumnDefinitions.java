package io.github.appwritespring.emulator.internal.tablesdb;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Builds a column's model from the parameters of {@code POST .../columns/{type}}, as
 * Appwrite 1.8 answers it: email, enum, url and ip columns are strings with a
 * {@code format}; float columns have type {@code double}.
 */
final class ColumnDefinitions {

	static final Set<String> TYPES = Set.of("string", "integer", "float", "boolean", "datetime", "email", "enum", "url",
			"ip", "point", "line", "polygon");

	private static final Set<String> SPATIAL = Set.of("point", "line", "polygon");

	private static final long MAX_SIZE = 1_073_741_824L;

	private ColumnDefinitions() {
	}

	static ObjectNode fromParams(String type, Params params, String now) {
		String key = params.string("key");
		if (!Ids.isValid(key) || key.equals(Ids.UNIQUE)) {
			throw ApiException.invalidParam("key",
					"Parameter must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, "
							+ "period, hyphen, and underscore. Can't start with a special char");
		}
		boolean required = params.bool("required");
		boolean array = !SPATIAL.contains(type) && params.bool("array", false);
		ObjectNode column = base(key, storedType(type), required, array, now);
		switch (type) {
			case "string" -> {
				column.put("size",
						params.optionalLong("size", 1, MAX_SIZE).orElseThrow(() -> ApiException.missingParam("size")));
				column.put("encrypt", params.bool("encrypt", false));
			}
			case "integer" -> {
				long min = params.optionalLong("min", Long.MIN_VALUE, Long.MAX_VALUE).orElse(Long.MIN_VALUE);
				long max = params.optionalLong("max", Long.MIN_VALUE, Long.MAX_VALUE).orElse(Long.MAX_VALUE);
				if (min > max) {
					throw valueInvalid("Minimum value must be lesser than maximum value");
				}
				column.put("min", min);
				column.put("max", max);
			}
			case "float" -> {
				double min = number(params, "min", -Double.MAX_VALUE);
				double max = number(params, "max", Double.MAX_VALUE);
				if (min > max) {
					throw valueInvalid("Minimum value must be lesser than maximum value");
				}
				column.put("min", min);
				column.put("max", max);
			}
			case "email", "url", "ip", "datetime" -> column.put("format", type);
			case "enum" -> {
				List<String> elements = params.strings("elements", 100, 255);
				if (elements.isEmpty() || elements.stream().anyMatch(String::isEmpty)) {
					throw ApiException.invalidParam("elements", "Value must be a valid array of non-empty strings");
				}
				column.put("format", "enum");
				column.set("elements", Json.strings(elements));
			}
			default -> {
			}
		}
		setDefault(column, params.raw("default"));
		return column;
	}

	/** The fields every column model has, available at once. */
	static ObjectNode base(String key, String type, boolean required, boolean array, String now) {
		ObjectNode column = Json.object();
		column.put("key", key);
		column.put("type", type);
		column.put("status", "available");
		column.put("error", "");
		column.put("required", required);
		column.put("array", array);
		column.put("$createdAt", now);
		column.put("$updatedAt", now);
		return column;
	}

	/** The column's {@code type} in Appwrite's model for a route's type. */
	static String storedType(String type) {
		return switch (type) {
			case "email", "enum", "url", "ip" -> "string";
			case "float" -> "double";
			case "line" -> "linestring";
			default -> type;
		};
	}

	/** Whether an existing column is of the route's type (format included). */
	static boolean isOfType(JsonNode column, String type) {
		if (!column.path("type").asString().equals(storedType(type))) {
			return false;
		}
		String format = column.path("format").asString("");
		return switch (type) {
			case "email", "enum", "url", "ip" -> format.equals(type);
			case "string" -> format.isEmpty();
			default -> true;
		};
	}

	/**
	 * Applies {@code PATCH .../columns/{type}/{key}} to a copy of the column:
	 * {@code required}, {@code default}, and per type {@code size},
	 * {@code min}/{@code max} or {@code elements} ({@code newKey} is the caller's, it
	 * touches the rows).
	 */
	static ObjectNode updated(String type, ObjectNode existing, Params params, String now) {
		ObjectNode column = existing.deepCopy();
		column.put("required", params.bool("required"));
		switch (type) {
			case "string" -> params.optionalLong("size", 1, MAX_SIZE).ifPresent((size) -> column.put("size", size));
			case "integer" -> {
				long min = params.optionalLong("min", Long.MIN_VALUE, Long.MAX_VALUE)
					.orElse(column.path("min").asLong(Long.MIN_VALUE));
				long max = params.optionalLong("max", Long.MIN_VALUE, Long.MAX_VALUE)
					.orElse(column.path("max").asLong(Long.MAX_VALUE));
				if (min > max) {
					throw valueInvalid("Minimum value must be lesser than maximum value");
				}
				column.put("min", min);
				column.put("max", max);
			}
			case "float" -> {
				double min = number(params, "min", column.path("min").asDouble(-Double.MAX_VALUE));
				double max = number(params, "max", column.path("max").asDouble(Double.MAX_VALUE));
				if (min > max) {
					throw valueInvalid("Minimum value must be lesser than maximum value");
				}
				column.put("min", min);
				column.put("max", max);
			}
			case "enum" -> {
				List<String> elements = params.strings("elements", 100, 255);
				if (elements.isEmpty() || elements.stream().anyMatch(String::isEmpty)) {
					throw ApiException.invalidParam("elements", "Value must be a valid array of non-empty strings");
				}
				column.set("elements", Json.strings(elements));
			}
			default -> {
			}
		}
		if (!SPATIAL.contains(type) && !params.asObject().has("default")) {
			throw ApiException.missingParam("default");
		}
		setDefault(column, params.raw("default"));
		column.put("$updatedAt", now);
		return column;
	}

	private static void setDefault(ObjectNode column, @Nullable JsonNode defaultValue) {
		if (defaultValue == null || defaultValue.isNull()) {
			column.putNull("default");
			return;
		}
		boolean required = column.path("required").asBoolean();
		if (required || column.path("array").asBoolean()) {
			throw new ApiException("column_default_unsupported", 400,
					"Cannot set default value for " + (required ? "required" : "array") + " column");
		}
		column.set("default", checkedDefault(column, defaultValue));
	}

	/**
	 * Appwrite checks a default's type as a parameter (400
	 * {@code general_argument_invalid}), then its range, length or enum membership
	 * against the column (400 {@code column_value_invalid}).
	 */
	private static JsonNode checkedDefault(ObjectNode column, JsonNode value) {
		ObjectNode unbounded = column.deepCopy();
		unbounded.remove(List.of("size", "min", "max"));
		if (column.path("format").asString("").equals("enum")) {
			unbounded.remove("format");
		}
		JsonNode checked = RowValidator.checkValue(unbounded, value, "default");
		try {
			return RowValidator.checkValue(column, checked, "default");
		}
		catch (ApiException ex) {
			if (column.path("format").asString("").equals("enum")) {
				throw valueInvalid("Default value not found in elements");
			}
			throw valueInvalid(String.valueOf(ex.getMessage()).replace("Invalid `default` param: ", ""));
		}
	}

	private static ApiException valueInvalid(String message) {
		return new ApiException("column_value_invalid", 400, message);
	}

	private static double number(Params params, String name, double fallback) {
		JsonNode node = params.raw(name);
		if (node == null || node.isNull()) {
			return fallback;
		}
		if (!node.isNumber()) {
			throw ApiException.invalidParam(name, "Value must be a valid float");
		}
		return node.asDouble();
	}

}
