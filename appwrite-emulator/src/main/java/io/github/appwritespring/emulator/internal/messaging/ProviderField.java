package io.github.appwritespring.emulator.internal.messaging;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.StringNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.support.FilterVar;

/**
 * One setting of a messaging provider: where Appwrite keeps it (credentials or options),
 * how it checks it, and whether creation stores it even when empty.
 *
 * @param name the parameter and stored key
 * @param options kept in {@code options} (else in {@code credentials})
 * @param check how the value is checked
 * @param always stored on creation even when not sent (with {@code fallback}); otherwise
 * only when sent non-empty
 * @param fallback the value stored when {@code always} and not sent
 */
record ProviderField(String name, boolean options, Check check, boolean always, JsonNode fallback) {

	private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

	static ProviderField credential(String name) {
		return new ProviderField(name, false, Check.TEXT, false, StringNode.valueOf(""));
	}

	static ProviderField credential(String name, Check check) {
		return new ProviderField(name, false, check, false, StringNode.valueOf(""));
	}

	static ProviderField alwaysCredential(String name, Check check, JsonNode fallback) {
		return new ProviderField(name, false, check, true, fallback);
	}

	static ProviderField option(String name, Check check) {
		return new ProviderField(name, true, check, false, StringNode.valueOf(""));
	}

	static ProviderField alwaysOption(String name, Check check, JsonNode fallback) {
		return new ProviderField(name, true, check, true, fallback);
	}

	static JsonNode text(String value) {
		return StringNode.valueOf(value);
	}

	static JsonNode bool(boolean value) {
		return BooleanNode.valueOf(value);
	}

	static JsonNode integer(int value) {
		return IntNode.valueOf(value);
	}

	/**
	 * The checked value the request sends, or empty when it sends none (or an empty
	 * string, which Appwrite treats as "leave as it is").
	 */
	Optional<JsonNode> read(Params params) {
		return switch (this.check) {
			case TEXT -> params.optionalString(this.name).filter((v) -> !v.isEmpty()).map(StringNode::valueOf);
			case TEXT128 -> params.optionalText(this.name, 128).filter((v) -> !v.isEmpty()).map(StringNode::valueOf);
			case EMAIL -> params.optionalString(this.name).filter((v) -> !v.isEmpty()).map((v) -> {
				if (!FilterVar.isEmail(v)) {
					throw ApiException.invalidParam(this.name, "Value must be a valid email address");
				}
				return StringNode.valueOf(v);
			});
			case PHONE -> params.optionalString(this.name).filter((v) -> !v.isEmpty()).map((v) -> {
				if (!PHONE.matcher(v).matches()) {
					throw ApiException.invalidParam(this.name,
							"Phone number must start with a '+' can have a maximum of fifteen digits.");
				}
				return StringNode.valueOf(v);
			});
			case BOOLEAN -> params.optionalBool(this.name).map(BooleanNode::valueOf);
			case PORT -> params.optionalLong(this.name, 1, 65535).map((v) -> IntNode.valueOf(v.intValue()));
			case JSON -> params.optionalObject(this.name).map(JsonNode.class::cast);
			case ENCRYPTION -> params.optionalString(this.name).filter((v) -> !v.isEmpty()).map((v) -> {
				String value = v.toLowerCase(Locale.ROOT);
				if (!value.equals("none") && !value.equals("ssl") && !value.equals("tls")) {
					throw ApiException.invalidParam(this.name, "Value must be one of (none, ssl, tls)");
				}
				return StringNode.valueOf(value.equals("none") ? "" : value);
			});
		};
	}

	/** How a provider setting is checked (Appwrite's validators). */
	enum Check {

		/** Any string ({@code Text(0)}). */
		TEXT,

		/** At most 128 characters. */
		TEXT128,

		/** An email address ({@code filter_var}). */
		EMAIL,

		/** An E.164 phone number. */
		PHONE,

		/** A boolean. */
		BOOLEAN,

		/** A port, 1 to 65535. */
		PORT,

		/** A JSON object, or a string holding one. */
		JSON,

		/** {@code none}, {@code ssl} or {@code tls} ({@code none} is stored as empty). */
		ENCRYPTION

	}

}
