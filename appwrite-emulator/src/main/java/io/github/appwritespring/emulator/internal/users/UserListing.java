package io.github.appwritespring.emulator.internal.users;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.query.FullText;
import io.github.appwritespring.emulator.internal.query.Query;
import io.github.appwritespring.emulator.internal.query.QueryEngine;
import io.github.appwritespring.emulator.internal.query.QueryParser;
import io.github.appwritespring.emulator.internal.query.QueryResult;
import io.github.appwritespring.emulator.internal.store.DocumentStore;

/**
 * {@code GET /users}: {@code search} over ID, name, email and phone, then Appwrite's
 * queries on the user attributes (filters, order, cursors, limit, offset, select);
 * {@code {total, users}}.
 */
final class UserListing {

	/** The attributes Appwrite lets queries use on users. */
	static final Set<String> QUERY_ATTRIBUTES = Set.of("name", "email", "phone", "status", "passwordUpdate",
			"registration", "emailVerification", "phoneVerification", "labels");

	private final DocumentStore store;

	UserListing(DocumentStore store) {
		this.store = store;
	}

	ObjectNode list(Params params) {
		String search = params.optionalText("search", 256).orElse("").trim();
		FullText fullText = FullText.of(search);
		boolean withTotal = params.bool("total", true);
		List<Query> queries = QueryParser.parse(
				params.optionalStrings("queries", QueryParser.MAX_QUERIES, QueryParser.MAX_LENGTH).orElse(List.of()),
				QUERY_ATTRIBUTES);
		// queries see the public model, so no query (select included) can reach a
		// password hash
		List<ObjectNode> users = this.store.list(AuthCollections.USERS)
			.stream()
			.filter((user) -> search.isEmpty() || matches(user, fullText))
			.map(UserDocuments::toModel)
			.toList();
		QueryResult result = QueryEngine.apply(users, queries);
		ArrayNode page = Json.array();
		result.page().forEach(page::add);
		ObjectNode body = Json.object();
		body.put("total", withTotal ? result.total() : 0);
		body.set("users", page);
		return body;
	}

	/**
	 * Appwrite searches a user's {@code search} attribute: ID, email, phone and name
	 * joined by spaces, in a fulltext index.
	 */
	private static boolean matches(ObjectNode user, FullText search) {
		StringBuilder text = new StringBuilder();
		for (String field : List.of("$id", "email", "phone", "name")) {
			text.append(user.path(field).asString("")).append(' ');
		}
		return search.matches(text.toString());
	}

}
