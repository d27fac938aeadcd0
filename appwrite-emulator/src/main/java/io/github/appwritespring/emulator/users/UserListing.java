package io.github.appwritespring.emulator.users;

import io.github.appwritespring.emulator.auth.AuthCollections;
import io.github.appwritespring.emulator.error.ApiException;
import io.github.appwritespring.emulator.error.ErrorTypes;
import io.github.appwritespring.emulator.http.Params;
import io.github.appwritespring.emulator.store.DocumentStore;
import io.github.appwritespring.emulator.support.Json;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /users}: {@code search} over ID, name, email and phone, then paging; {@code {total, users}}. */
final class UserListing {

    private static final int DEFAULT_LIMIT = 25;

    private final DocumentStore store;

    UserListing(DocumentStore store) {
        this.store = store;
    }

    ObjectNode list(Params params) {
        String search = params.optionalText("search", 256).orElse("").trim().toLowerCase(Locale.ROOT);
        boolean withTotal = params.bool("total", true);
        if (params.optionalStrings("queries", 100, 4096).filter(q -> !q.isEmpty()).isPresent()) {
            // Until the shared query engine is wired in, say so rather than ignore the filter.
            throw new ApiException(ErrorTypes.GENERAL_QUERY_INVALID, 400, "Queries on users are not supported by this emulator yet; use search.");
        }
        List<ObjectNode> users = store.list(AuthCollections.USERS).stream()
                .filter(user -> search.isEmpty() || matches(user, search))
                .toList();
        ArrayNode page = Json.array();
        users.stream().limit(DEFAULT_LIMIT).forEach(user -> page.add(UserDocuments.toModel(user)));
        ObjectNode body = Json.object();
        body.put("total", withTotal ? Math.min(users.size(), 5000) : 0);
        body.set("users", page);
        return body;
    }

    private static boolean matches(ObjectNode user, String search) {
        for (String field : List.of("$id", "name", "email", "phone")) {
            if (user.path(field).asString("").toLowerCase(Locale.ROOT).contains(search)) {
                return true;
            }
        }
        return false;
    }
}
