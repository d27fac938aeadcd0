package io.github.appwritespring.emulator.internal.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.audit.LogEntries;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.query.Query;
import io.github.appwritespring.emulator.internal.query.QueryEngine;
import io.github.appwritespring.emulator.internal.query.QueryParser;

/**
 * The audit log of Messaging's resources (Appwrite's {@code audits.resource} labels:
 * {@code provider/ID}, {@code topic/ID}, {@code subscriber/ID}, {@code message/ID}),
 * answered as Appwrite's LogList, newest first; only {@code limit} and {@code offset}
 * queries, as Appwrite allows.
 */
final class MessagingLogs {

	static final String LOGS = "messaging.logs";

	private MessagingLogs() {
	}

	/** Records {@code event} (e.g. {@code topic.create}) on {@code resource}. */
	static void record(EmulatorContext context, ApiRequest request, String event, String resource) {
		ObjectNode log = LogEntries.of(context, request, request.caller().user().orElse(null), event, "default");
		log.put("_resource", resource);
		context.store().index(LOGS, "_resource");
		context.store().put(LOGS, log.path("$id").asString(), log);
	}

	/** The LogList of a resource. */
	static ObjectNode list(EmulatorContext context, String resource, Params params) {
		List<ObjectNode> logs = new ArrayList<>(context.store().findBy(LOGS, "_resource", resource));
		Collections.reverse(logs);
		List<ObjectNode> models = logs.stream().map((log) -> {
			ObjectNode model = log.deepCopy();
			model.remove("$id");
			model.remove("_resource");
			return model;
		}).toList();
		List<Query> queries = Listing.queries(params, Set.of());
		for (Query query : queries) {
			if (!query.method().equals("limit") && !query.method().equals("offset")) {
				throw QueryParser.invalid("Invalid query: Query method not allowed: " + query.method());
			}
		}
		return Listing.answer("logs", QueryEngine.apply(models, queries), params);
	}

}
