package io.github.appwritespring.emulator.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * Decodes query strings and {@code application/x-www-form-urlencoded} bodies the way PHP
 * does: {@code a=1} is a string, {@code a[]=1&a[]=2} and {@code a[0]=1&a[1]=2} are arrays
 * (indexed ones in index order), {@code a[key]=1} is an object. When a plain name
 * repeats, the last value wins.
 */
public final class FormDecoder {

	private FormDecoder() {
	}

	/**
	 * Decodes {@code raw} (may be empty) into a JSON object of strings, arrays and
	 * objects.
	 */
	public static ObjectNode decode(String raw) {
		Map<String, Object> collected = new LinkedHashMap<>();
		if (!raw.isEmpty()) {
			for (String pair : raw.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int eq = pair.indexOf('=');
				String name = decodeComponent((eq < 0) ? pair : pair.substring(0, eq));
				String value = (eq < 0) ? "" : decodeComponent(pair.substring(eq + 1));
				add(collected, name, value);
			}
		}
		ObjectNode result = Json.object();
		collected.forEach((name, value) -> result.set(name, toNode(value)));
		return result;
	}

	/**
	 * Adds one decoded {@code name=value} pair to {@code collected}, interpreting a
	 * bracket suffix. Also used by the multipart parser for its text fields.
	 */
	@SuppressWarnings("unchecked")
	static void add(Map<String, Object> collected, String name, String value) {
		int open = name.indexOf('[');
		if (open <= 0 || !name.endsWith("]")) {
			collected.put(name, value);
			return;
		}
		String base = name.substring(0, open);
		String key = name.substring(open + 1, name.length() - 1);
		if (key.isEmpty()) {
			Object existing = collected.get(base);
			List<String> list = (existing instanceof List<?> l) ? (List<String>) l : new ArrayList<>();
			list.add(value);
			collected.put(base, list);
		}
		else if (key.chars().allMatch(Character::isDigit) && key.length() < 9) {
			Object existing = collected.get(base);
			TreeMap<Integer, String> indexed = (existing instanceof TreeMap<?, ?> t) ? (TreeMap<Integer, String>) t
					: new TreeMap<>();
			indexed.put(Integer.parseInt(key), value);
			collected.put(base, indexed);
		}
		else {
			Object existing = collected.get(base);
			LinkedHashMap<String, String> object = (existing instanceof LinkedHashMap<?, ?> m)
					? (LinkedHashMap<String, String>) m : new LinkedHashMap<>();
			object.put(key, value);
			collected.put(base, object);
		}
	}

	/** Converts what {@link #add} collected into a JSON node. */
	static JsonNode toNode(Object value) {
		if (value instanceof List<?> list) {
			ArrayNode array = Json.array();
			list.forEach((v) -> array.add((String) v));
			return array;
		}
		if (value instanceof TreeMap<?, ?> indexed) {
			ArrayNode array = Json.array();
			indexed.values().forEach((v) -> array.add((String) v));
			return array;
		}
		if (value instanceof Map<?, ?> map) {
			ObjectNode object = Json.object();
			map.forEach((k, v) -> object.put((String) k, (String) v));
			return object;
		}
		return StringNode.valueOf((String) value);
	}

	private static String decodeComponent(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A stray '%' is kept literally, as PHP does.
			return value;
		}
	}

}
