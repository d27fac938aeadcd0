package io.github.appwritespring.client.transport;

import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

/**
 * A JSON object body built field by field; {@code null} values are left out, as
 * Appwrite's SDKs do.
 */
public final class JsonBody extends LinkedHashMap<String, Object> {

	private static final long serialVersionUID = 1L;

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

}
