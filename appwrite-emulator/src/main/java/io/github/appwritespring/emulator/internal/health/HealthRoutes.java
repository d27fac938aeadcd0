package io.github.appwritespring.emulator.internal.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorResponseBody;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;

/**
 * Appwrite's Health service (API key, scope {@code health.read}) and the public
 * {@code GET /health/version}, answering what the emulator can honestly say about itself:
 * its store and blob directory are checked for real; it has no cache, pub/sub, queues or
 * antivirus of its own, so those answer as a healthy Appwrite with empty queues and
 * antivirus disabled would. {@code getCertificate} needs a TLS connection to the internet
 * and is not served (501).
 */
public final class HealthRoutes implements RouteModule {

	private static final String SCOPE = "health.read";

	/** Queue names {@code getFailedJobs} accepts, as Appwrite 1.8.1 lists them. */
	static final List<String> QUEUES = List.of("v1-database", "v1-deletes", "v1-audits", "v1-mails", "v1-functions",
			"v1-stats-resources", "v1-stats-usage", "v1-webhooks", "v1-certificates", "v1-builds", "v1-messaging",
			"v1-migrations");

	private static final List<String> QUEUE_PATHS = List.of("builds", "certificates", "databases", "deletes",
			"functions", "logs", "mails", "messaging", "migrations", "stats-resources", "stats-usage", "webhooks");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		routes.get("/health", SCOPE, (request) -> Response.ok(status("http")));
		routes.get("/health/version", Scopes.PUBLIC, (request) -> {
			ObjectNode version = Json.object();
			version.put("version", ErrorResponseBody.VERSION);
			return Response.ok(version);
		});
		routes.get("/health/db", SCOPE, (request) -> {
			context.store().count("users");
			return Response.ok(statusList(status("Projects.DB (emulator)")));
		});
		routes.get("/health/cache", SCOPE, (request) -> Response.ok(statusList(status("Cache (emulator)"))));
		routes.get("/health/pubsub", SCOPE, (request) -> Response.ok(statusList(status("PubSub (emulator)"))));
		routes.get("/health/storage", SCOPE, (request) -> {
			checkWriteReadDelete(context);
			return Response.ok(status(""));
		});
		routes.get("/health/storage/local", SCOPE, (request) -> {
			Path root = context.blobs().root();
			if (!Files.isReadable(root)) {
				throw serverError("Device Uploads dir is not readable");
			}
			if (!Files.isWritable(root)) {
				throw serverError("Device Uploads dir is not writable");
			}
			return Response.ok(status(""));
		});
		routes.get("/health/time", SCOPE, (request) -> {
			// No NTP server to ask: the emulator's own clock is the reference.
			long now = context.now().getEpochSecond();
			ObjectNode time = Json.object();
			time.put("remoteTime", now);
			time.put("localTime", now);
			time.put("diff", 0);
			return Response.ok(time);
		});
		routes.get("/health/certificate", SCOPE, (request) -> Response
			.ok(Certificates.check(Certificates.host(request.params().string("domain")), context.now())));
		routes.get("/health/anti-virus", SCOPE, (request) -> {
			ObjectNode antivirus = Json.object();
			antivirus.put("version", "");
			antivirus.put("status", "disabled");
			return Response.ok(antivirus);
		});
		for (String queue : QUEUE_PATHS) {
			routes.get("/health/queue/" + queue, SCOPE, (request) -> {
				if ("databases".equals(queue)) {
					request.params().optionalText("name", 256);
				}
				return queueSize(request, "Queue size threshold hit. Current size is %d and threshold is %d.");
			});
		}
		routes.get("/health/queue/failed/{name}", SCOPE, (request) -> {
			String name = request.pathParam("name");
			if (!QUEUES.contains(name)) {
				throw ApiException.invalidParam("name", "Value must be one of (" + String.join(", ", QUEUES) + ")");
			}
			return queueSize(request, "Queue failed jobs threshold hit. Current size is %d and threshold is %d.");
		});
	}

	/**
	 * The emulator runs every job in the request (async executions on their own thread),
	 * so its queues are always empty.
	 */
	private static Response queueSize(ApiRequest request, String exceeded) {
		long threshold = threshold(request);
		long size = 0;
		if (size >= threshold) {
			throw new ApiException("health_queue_size_exceeded", 503, String.format(exceeded, size, threshold));
		}
		ObjectNode queue = Json.object();
		queue.put("size", size);
		return Response.ok(queue);
	}

	private static long threshold(ApiRequest request) {
		JsonNode raw = request.params().raw("threshold");
		if (raw == null) {
			return 5000;
		}
		if (raw.isIntegralNumber() && raw.canConvertToLong()) {
			return raw.longValue();
		}
		if (raw.isString() && raw.stringValue().matches("-?[0-9]{1,18}")) {
			return Long.parseLong(raw.stringValue());
		}
		throw ApiException.invalidParam("threshold", "Value must be a valid integer");
	}

	private static void checkWriteReadDelete(EmulatorContext context) {
		Path temp = null;
		try {
			temp = context.blobs().createTemp();
			Files.writeString(temp, "test", StandardCharsets.UTF_8);
			if (!"test".equals(Files.readString(temp, StandardCharsets.UTF_8))) {
				throw serverError("Failed reading test file from " + context.blobs().root().getFileName());
			}
		}
		catch (IOException ex) {
			throw serverError("Failed writing test file to the emulator's file storage");
		}
		finally {
			if (temp != null) {
				context.blobs().discard(temp);
			}
		}
	}

	private static ApiException serverError(String message) {
		return new ApiException("general_server_error", 500, message);
	}

	/**
	 * A passing status. Appwrite 1.8.1 computes {@code ping} as seconds divided by 1000,
	 * rounded: always 0.
	 */
	private static ObjectNode status(String name) {
		ObjectNode status = Json.object();
		status.put("name", name);
		status.put("status", "pass");
		status.put("ping", 0);
		return status;
	}

	private static ObjectNode statusList(ObjectNode... statuses) {
		ObjectNode list = Json.object();
		list.put("total", statuses.length);
		ArrayNode array = list.putArray("statuses");
		for (ObjectNode status : statuses) {
			array.add(status);
		}
		return list;
	}

}
