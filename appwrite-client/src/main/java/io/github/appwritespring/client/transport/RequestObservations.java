package io.github.appwritespring.client.transport;

import java.util.Set;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.AppwriteConnectionException;
import io.github.appwritespring.client.AppwriteErrorResponseException;

/**
 * One Micrometer observation per Appwrite call, named {@value #NAME}, with
 * low-cardinality tags only: the service, the operation as a path template ({@code GET
 * /users/{id}/sessions}), the outcome and Appwrite's error type. IDs, emails, queries and
 * secrets never become tags: every path segment that is not one of Appwrite's own route
 * words is replaced by {@code {id}}.
 */
final class RequestObservations {

	static final String NAME = "appwrite.client.requests";

	private static final Set<String> ROUTE_WORDS = Set.of("account", "sessions", "email", "token", "tokens", "oauth2",
			"jwts", "prefs", "name", "password", "phone", "users", "labels", "status", "memberships", "tablesdb",
			"tables", "columns", "string", "integer", "float", "boolean", "datetime", "enum", "url", "ip",
			"relationship", "indexes", "rows", "increment", "decrement", "transactions", "operations", "storage",
			"buckets", "files", "download", "view", "preview", "functions", "executions", "deployments", "teams",
			"health", "version", "anonymous", "magic-url", "verification", "recovery", "mfa", "verifications",
			"identities", "logs", "factors", "authenticators", "totp", "challenges", "recovery-codes", "targets");

	private final ObservationRegistry registry;

	RequestObservations(ObservationRegistry registry) {
		this.registry = registry;
	}

	<T> Mono<T> observe(ApiRequest request, Mono<T> call) {
		if (this.registry.isNoop()) {
			return call;
		}
		return Mono.defer(() -> {
			Observation observation = start(request);
			return call.doOnSuccess((value) -> stop(observation, null))
				.doOnError((error) -> stop(observation, error))
				.doOnCancel(() -> stop(observation, null));
		});
	}

	<T> Flux<T> observe(ApiRequest request, Flux<T> call) {
		if (this.registry.isNoop()) {
			return call;
		}
		return Flux.defer(() -> {
			Observation observation = start(request);
			return call.doOnComplete(() -> stop(observation, null))
				.doOnError((error) -> stop(observation, error))
				.doOnCancel(() -> stop(observation, null));
		});
	}

	private Observation start(ApiRequest request) {
		String template = template(request.path());
		String service = template.substring(1,
				(template.indexOf('/', 1) > 0) ? template.indexOf('/', 1) : template.length());
		return Observation.createNotStarted(NAME, this.registry)
			.contextualName("appwrite " + service)
			.lowCardinalityKeyValue("appwrite.service", service)
			.lowCardinalityKeyValue("appwrite.operation", request.method().name() + " " + template)
			.start();
	}

	private static void stop(Observation observation, @Nullable Throwable error) {
		String outcome = "SUCCESS";
		String type = "none";
		if (error instanceof AppwriteErrorResponseException appwrite) {
			outcome = (appwrite.getStatus() >= 500) ? "SERVER_ERROR" : "CLIENT_ERROR";
			type = appwrite.getType();
		}
		else if (error instanceof AppwriteConnectionException) {
			outcome = "UNAVAILABLE";
		}
		else if (error != null) {
			outcome = "ERROR";
		}
		observation.lowCardinalityKeyValue("outcome", outcome)
			.lowCardinalityKeyValue("appwrite.error.type", type)
			.lowCardinalityKeyValue("exception", (error != null) ? error.getClass().getSimpleName() : "none")
			.stop();
	}

	/**
	 * Returns its template, e.g. {@code /users/{id}/sessions}.
	 * @param path an encoded request path, e.g. {@code /users/alice/sessions}
	 * @return its template, e.g. {@code /users/{id}/sessions}
	 */
	static String template(String path) {
		StringBuilder template = new StringBuilder(path.length());
		int start = 1;
		while (start <= path.length()) {
			int end = path.indexOf('/', start);
			if (end < 0) {
				end = path.length();
			}
			String segment = path.substring(start, end);
			template.append('/').append(ROUTE_WORDS.contains(segment) ? segment : "{id}");
			start = end + 1;
		}
		return template.toString();
	}

}
