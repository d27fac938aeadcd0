package io.github.appwritespring.emulator.internal.storage;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.query.QueryEngine;
import io.github.appwritespring.emulator.internal.tokens.FileTokens;

/**
 * The Tokens service (scopes {@code tokens.*}, which only the API key holds): file tokens
 * created, listed, read, given a new expiry and deleted. The secret grants read access to
 * the file's download and view through {@code ?token=}.
 */
public final class FileTokenRoutes implements RouteModule {

	private static final String FILE = "/tokens/buckets/{bucketId}/files/{fileId}";

	private static final Set<String> ATTRIBUTES = Set.of("expire");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		StorageStore storage = new StorageStore(context.store());
		FileTokens tokens = FileTokens.of(context);

		routes.post(FILE, "tokens.write", (request) -> {
			Instant expire = expire(request.params(), context.now());
			ObjectNode file = file(storage, request);
			return Response
				.created(tokens.create(file.path("bucketId").asString(), file.path("$id").asString(), expire));
		});

		routes.get(FILE, "tokens.read", (request) -> {
			ObjectNode file = file(storage, request);
			Params params = request.params();
			return Response.ok(Listing.answer("tokens",
					QueryEngine.apply(tokens.ofFile(file.path("bucketId").asString(), file.path("$id").asString()),
							Listing.queries(params, ATTRIBUTES)),
					params));
		});

		routes.get("/tokens/{tokenId}", "tokens.read", (request) -> Response.ok(tokens.get(request.pathId("tokenId"))));

		routes.patch("/tokens/{tokenId}", "tokens.write", (request) -> {
			Instant expire = expire(request.params(), context.now());
			return Response.ok(tokens.updateExpire(request.pathId("tokenId"), expire));
		});

		routes.delete("/tokens/{tokenId}", "tokens.write", (request) -> {
			tokens.delete(request.pathId("tokenId"));
			return Response.noContent();
		});
	}

	/** The bucket must exist (and be enabled) and the file exist, as Appwrite checks. */
	private static ObjectNode file(StorageStore storage, ApiRequest request) {
		storage.bucket(request.pathId("bucketId"));
		return storage.file(request).orElseThrow(StorageStore::fileNotFound);
	}

	/** {@code expire}: a date in the future, or none (the token never expires). */
	private static @Nullable Instant expire(Params params, Instant now) {
		return params.optionalFutureDate("expire", now).orElse(null);
	}

}
