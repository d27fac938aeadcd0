package io.github.appwritespring.emulator.internal.audit;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.UserAgentInfo;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * Builds one audit entry as Appwrite's Log model (plus its {@code $id}): the event, the
 * user, the mode, the request's address and what its user agent tells, the time on the
 * emulator's clock; the country is unknown (no GeoIP data).
 */
public final class LogEntries {

	private LogEntries() {
	}

	/**
	 * A new entry.
	 * @param user the user the entry is about, or null (an API key's request)
	 * @param mode {@code default} or {@code admin}
	 */
	public static ObjectNode of(EmulatorContext context, ApiRequest request, @Nullable ObjectNode user, String event,
			String mode) {
		ObjectNode log = Json.object();
		log.put("$id", Ids.unique());
		log.put("event", event);
		log.put("userId", (user != null) ? user.path("$id").asString("") : "");
		log.put("userEmail", (user != null) ? user.path("email").asString("") : "");
		log.put("userName", (user != null) ? user.path("name").asString("") : "");
		log.put("mode", mode);
		log.put("ip", request.ip());
		log.put("time", AppwriteDates.format(context.now()));
		ObjectNode agent = Json.object();
		UserAgentInfo.describe(request.userAgent(), agent);
		agent.properties().forEach((e) -> log.set(e.getKey(), e.getValue()));
		log.put("countryCode", "--");
		log.put("countryName", "Unknown");
		return log;
	}

}
