package io.github.appwritespring.emulator.internal.account;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.UserAgentInfo;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

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
		ObjectNode log = Json.object();
		String id = Ids.unique();
		log.put("$id", id);
		log.put("event", event);
		log.put("userId", user.path("$id").asString(""));
		log.put("userEmail", user.path("email").asString(""));
		log.put("userName", user.path("name").asString(""));
		log.put("mode", request.caller().isKey() ? "admin" : "default");
		log.put("ip", request.ip());
		log.put("time", AppwriteDates.format(context.now()));
		ObjectNode agent = Json.object();
		UserAgentInfo.describe(request.userAgent(), agent);
		agent.properties().forEach((e) -> log.set(e.getKey(), e.getValue()));
		log.put("countryCode", "--");
		log.put("countryName", "Unknown");
		context.store().index(LOGS, "userId");
		context.store().put(LOGS, id, log);
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
