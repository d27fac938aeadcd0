package io.github.appwritespring.emulator.internal.http;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.FilterVar;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * The parameters of a request: query string, JSON body, form fields or multipart fields
 * merged in one JSON object (body values win over query values of the same name), with
 * typed getters that fail the way Appwrite does: 400 {@code general_argument_invalid}
 * with {@code Invalid `name` param: ...} or {@code Param "name" is not optional.}
 *
 * <p>
 * Values from a query string or a form are strings (arrays for {@code name[]} /
 * {@code name[0]}); the getters convert them ({@code "true"}, {@code "42"}) like
 * Appwrite's validators do. A JSON {@code null} counts as absent.
 */
public final class Params {

	private final ObjectNode values;

	/** Wraps the given object (not copied). */
	public Params(ObjectNode values) {
		this.values = values;
	}

	/** All values as one JSON object. */
	public ObjectNode asObject() {
		return this.values;
	}

	/** Whether the parameter was sent with a non-null value. */
	public boolean has(String name) {
		JsonNode node = this.values.get(name);
		return node != null && !node.isNull();
	}

	/** The raw value, or {@code null} when absent or JSON null. */
	public @Nullable JsonNode raw(String name) {
		JsonNode node = this.values.get(name);
		return (node == null || node.isNull()) ? null : node;
	}

	// ---------------------------------------------------------------- strings

	/**
	 * A required string. Numbers and booleans from a JSON body are rejected, as
	 * Appwrite's Text validator does.
	 */
	public String string(String name) {
		return optionalString(name).orElseThrow(() -> ApiException.missingParam(name));
	}

	/** An optional string. */
	public Optional<String> optionalString(String name) {
		JsonNode node = raw(name);
		if (node == null) {
			return Optional.empty();
		}
		if (!node.isString()) {
			throw ApiException.invalidParam(name, "Value must be a valid string");
		}
		return Optional.of(node.stringValue());
	}

	/**
	 * A required string of {@code 1..maxLength} characters (Appwrite's {@code Text}
	 * validator).
	 */
	public String text(String name, int maxLength) {
		return optionalText(name, maxLength).orElseThrow(() -> ApiException.missingParam(name));
	}

	/**
	 * An optional string of at most {@code maxLength} characters; an empty string is
	 * allowed.
	 */
	public Optional<String> optionalText(String name, int maxLength) {
		Optional<String> value = optionalString(name);
		if (value.isPresent() && value.get().length() > maxLength) {
			throw ApiException.invalidParam(name,
					"Value must be a valid string and no longer than " + maxLength + " chars");
		}
		return value;
	}

	/** A required email address (lower-cased, as Appwrite stores it). */
	public String email(String name) {
		return optionalEmail(name).orElseThrow(() -> ApiException.missingParam(name));
	}

	/** An optional email address (lower-cased). */
	public Optional<String> optionalEmail(String name) {
		return optionalString(name).map((value) -> {
			if (!FilterVar.isEmail(value)) {
				throw ApiException.invalidParam(name, "Value must be a valid email address");
			}
			return value.toLowerCase(java.util.Locale.ROOT);
		});
	}

	/** A required password of 8..256 characters. */
	public String password(String name) {
		String value = string(name);
		if (value.length() < 8 || value.length() > 256) {
			throw ApiException.invalidParam(name, "Password must be between 8 and 256 characters long.");
		}
		return value;
	}

	/**
	 * A required ID parameter for a new resource: {@code unique()} yields a generated ID,
	 * anything else must be a valid custom ID.
	 */
	public String newId(String name) {
		return Ids.resolve(name, string(name));
	}

	/**
	 * An optional date that must lie after {@code now} (Appwrite's {@code Datetime}
	 * validator with {@code requireDateInFuture}); absent or {@code ""} is empty.
	 */
	public Optional<Instant> optionalFutureDate(String name, Instant now) {
		Optional<String> value = optionalString(name).filter((text) -> !text.isEmpty());
		if (value.isEmpty()) {
			return Optional.empty();
		}
		Instant at = AppwriteDates.parseLenient(value.get())
			.filter((instant) -> instant.isAfter(now))
			.orElseThrow(() -> ApiException.invalidParam(name, "Value must be valid date in the future."));
		return Optional.of(at);
	}

	// ---------------------------------------------------------------- booleans and
	// numbers

	/**
	 * A boolean; {@code "true"/"false"/"1"/"0"} strings are accepted. Absent gives
	 * {@code fallback}.
	 */
	public boolean bool(String name, boolean fallback) {
		return optionalBool(name).orElse(fallback);
	}

	/** A required boolean. */
	public boolean bool(String name) {
		return optionalBool(name).orElseThrow(() -> ApiException.missingParam(name));
	}

	/** An optional boolean. */
	public Optional<Boolean> optionalBool(String name) {
		JsonNode node = raw(name);
		if (node == null) {
			return Optional.empty();
		}
		if (node.isBoolean()) {
			return Optional.of(node.booleanValue());
		}
		if (node.isString()) {
			switch (node.stringValue()) {
				case "true", "1" -> {
					return Optional.of(true);
				}
				case "false", "0" -> {
					return Optional.of(false);
				}
				default -> {
				}
			}
		}
		throw ApiException.invalidParam(name, "Value must be a valid boolean");
	}

	/**
	 * An optional integer within {@code [min, max]}; numeric strings are accepted. The
	 * error names the bounds as Appwrite's Range validator does ({@code number_format}:
	 * {@code 4,000}).
	 */
	public Optional<Long> optionalLong(String name, long min, long max) {
		JsonNode node = raw(name);
		if (node == null) {
			return Optional.empty();
		}
		Long value = null;
		if (node.isIntegralNumber() && node.canConvertToLong()) {
			value = node.longValue();
		}
		else if (node.isString()) {
			try {
				value = Long.parseLong(node.stringValue().trim());
			}
			catch (NumberFormatException ex) {
				value = null;
			}
		}
		if (value == null || value < min || value > max) {
			NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
			throw ApiException.invalidParam(name,
					"Value must be a valid range between " + format.format(min) + " and " + format.format(max));
		}
		return Optional.of(value);
	}

	/** An optional integer within {@code [min, max]}, else {@code fallback}. */
	public int integer(String name, int fallback, int min, int max) {
		return optionalLong(name, min, max).map(Long::intValue).orElse(fallback);
	}

	// ---------------------------------------------------------------- arrays and objects

	/**
	 * An optional array of strings, at most {@code maxItems}; each element at most
	 * {@code maxLength} characters. A single string (e.g. {@code name=x} in a query
	 * string) counts as one element.
	 */
	public Optional<List<String>> optionalStrings(String name, int maxItems, int maxLength) {
		JsonNode node = raw(name);
		if (node == null) {
			return Optional.empty();
		}
		String reason = "Value must a valid array no longer than " + maxItems
				+ " items and Value must be a valid string and no longer than " + maxLength + " chars";
		List<String> result = new ArrayList<>();
		if (node.isString()) {
			result.add(node.stringValue());
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				if (!element.isString()) {
					throw ApiException.invalidParam(name, reason);
				}
				result.add(element.stringValue());
			}
		}
		else {
			throw ApiException.invalidParam(name, reason);
		}
		if (result.size() > maxItems || result.stream().anyMatch((value) -> value.length() > maxLength)) {
			throw ApiException.invalidParam(name, reason);
		}
		return Optional.of(result);
	}

	/** A required array of strings; see {@link #optionalStrings}. */
	public List<String> strings(String name, int maxItems, int maxLength) {
		return optionalStrings(name, maxItems, maxLength).orElseThrow(() -> ApiException.missingParam(name));
	}

	/**
	 * An optional JSON object. A string holding a JSON object (as a form field or query
	 * parameter would carry it) is parsed.
	 */
	public Optional<ObjectNode> optionalObject(String name) {
		JsonNode node = raw(name);
		if (node == null) {
			return Optional.empty();
		}
		if (node.isString()) {
			try {
				node = io.github.appwritespring.emulator.internal.json.Json.MAPPER.readTree(node.stringValue());
			}
			catch (tools.jackson.core.JacksonException ex) {
				throw ApiException.invalidParam(name, "Value must be a valid object.");
			}
		}
		if (node instanceof ObjectNode object) {
			return Optional.of(object);
		}
		if (node.isArray() && node.isEmpty()) {
			// PHP encodes an empty associative array as [], so Appwrite accepts it as an
			// empty object.
			return Optional.of(io.github.appwritespring.emulator.internal.json.Json.object());
		}
		throw ApiException.invalidParam(name, "Value must be a valid object.");
	}

	/** A required JSON object; see {@link #optionalObject}. */
	public ObjectNode object(String name) {
		return optionalObject(name).orElseThrow(() -> ApiException.missingParam(name));
	}

}
