package io.github.appwritespring.emulator.internal.query;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.json.Json;

/**
 * The list answer Appwrite gives everywhere: {@code search} on the name, then
 * {@code queries[]}, as {@code {"total": n, "<key>": [...]}}.
 */
public final class Listing {

	private Listing() {
	}

	/**
	 * Searches the names and IDs, applies the queries and answers {@code {total, <key>}}.
	 */
	public static ObjectNode of(String key, List<ObjectNode> models, Params params, Set<String> attributes) {
		String search = params.optionalText("search", 256).orElse("").trim().toLowerCase(Locale.ROOT);
		List<ObjectNode> candidates = search.isEmpty() ? models
				: models.stream()
					.filter((model) -> model.path("name").asString("").toLowerCase(Locale.ROOT).contains(search)
							|| model.path("$id").asString("").toLowerCase(Locale.ROOT).contains(search))
					.toList();
		return answer(key, QueryEngine.apply(candidates, queries(params, attributes)), params);
	}

	/** The request's {@code queries[]}, parsed against the resource's attributes. */
	public static List<Query> queries(Params params, Set<String> attributes) {
		return QueryParser.parse(
				params.optionalStrings("queries", QueryParser.MAX_QUERIES, QueryParser.MAX_LENGTH).orElse(List.of()),
				attributes);
	}

	/** Appwrite's list answer for a query result; {@code total=false} answers 0. */
	public static ObjectNode answer(String key, QueryResult result, Params params) {
		ObjectNode body = Json.object();
		body.put("total", params.bool("total", true) ? result.total() : 0);
		ArrayNode items = body.putArray(key);
		result.page().forEach(items::add);
		return body;
	}

}
