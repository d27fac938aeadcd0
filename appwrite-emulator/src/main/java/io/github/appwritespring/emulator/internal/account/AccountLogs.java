package io.github.appwritespring.emulator.internal.account;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.audit.LogEntries;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;

/**
 * The audit log behind {@code GET /account/logs} (Log model): session creations and
 * account changes of a user, newest first.
 */
final class AccountLogs {

	/** Store collection of log entries. */
	static final String LOGS = "account_logs";

	private AccountLogs() {
	}

	/** Records an event (e.g. {@code session.create}, {@code user.update}) for a user. */
	static void record(EmulatorContext context, ApiRequest request, ObjectNode user, String event) {
		ObjectNode log = LogEntries.of(context, request, user, event, request.caller().isKey() ? "admin" : "default");
		context.store().index(LOGS, "userId");
		context.store().put(LOGS, log.path("$id").asString(), log);
	}

	/** The LogList model of a user, newest first. */
	static ObjectNode list(EmulatorContext context, String userId, boolean withTotal) {
		List<ObjectNode> logs = context.store().findBy(LOGS, "userId", userId);
		ArrayNode array = Json.array();
		for (int i = logs.size() - 1; i >= 0; i--) {
			ObjectNode log = logs.get(i);
			log.remove("$id");
			array.add(log);
		}
		ObjectNode body = Json.object();
		body.put("total", withTotal ? array.size() : 0);
		body.set("logs", array);
		return body;
	}

}
