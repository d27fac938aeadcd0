package io.github.appwritespring.client.transport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import io.github.appwritespring.client.internal.Json;

/**
 * A JSON object body built field by field; {@code null} values are left out, as
 * Appwrite's SDKs do.
 */
public final class JsonBody extends LinkedHashMap<String, Object> {

	private static final long serialVersionUID = 1L;

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private JsonBody() {
		super(8);
	}

	/**
	 * Returns an empty body.
	 * @return an empty body
	 */
	public static JsonBody create() {
		return new JsonBody();
	}

	/**
	 * Sets the field name.
	 * @param name the field name
	 * @param value its value; {@code null} leaves the field out
	 * @return this body
	 */
	public JsonBody with(String name, @Nullable Object value) {
		if (value != null) {
			put(name, value);
		}
		return this;
	}

	/**
	 * Sets the field name, also when the value is {@code null}: for the parameters
	 * Appwrite requires but accepts as {@code null} (a column's {@code default} on
	 * update).
	 * @param name the field name
	 * @param value its value, sent as JSON {@code null} when {@code null}
	 * @return this body
	 */
	public JsonBody withNull(String name, @Nullable Object value) {
		put(name, value);
		return this;
	}

	/**
	 * Adds the non-{@code null} components of an options record, each under its
	 * component's name.
	 * @param options a record of optional parameters named as Appwrite names them
	 * @return this body
	 */
	public JsonBody withAll(Object options) {
		Json.mapper().convertValue(options, OBJECT).forEach(this::with);
		return this;
	}

}
