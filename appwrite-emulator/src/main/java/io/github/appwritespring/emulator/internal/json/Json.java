package io.github.appwritespring.emulator.internal.json;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the emulator and shortcuts to build nodes. */
public final class Json {

	/** Shared, thread-safe mapper. */
	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	/** A new empty object node. */
	public static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	/** A new empty array node. */
	public static ArrayNode array() {
		return JsonNodeFactory.instance.arrayNode();
	}

	/** A new array node holding the given strings. */
	public static ArrayNode strings(Iterable<String> values) {
		ArrayNode array = array();
		values.forEach(array::add);
		return array;
	}

}
