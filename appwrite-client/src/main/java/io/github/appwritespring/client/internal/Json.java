package io.github.appwritespring.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's one Jackson mapper: unknown properties are ignored (Appwrite adds fields
 * over time) and {@code null} fields are left out of request bodies, as Appwrite's own
 * SDKs do.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private Json() {
	}

	/**
	 * Returns the shared, thread-safe mapper.
	 * @return the shared, thread-safe mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

}
