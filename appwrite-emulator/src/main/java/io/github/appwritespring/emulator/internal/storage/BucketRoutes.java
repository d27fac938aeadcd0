package io.github.appwritespring.emulator.internal.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.permission.Permissions;
import io.github.appwritespring.emulator.internal.permission.ResourceKind;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/** Storage buckets (API key: scopes {@code buckets.*}). */
public final class BucketRoutes implements RouteModule {

	/** Appwrite's default (and the self-hosted cap): 30 MB. */
	static final long DEFAULT_MAXIMUM_FILE_SIZE = 30_000_000L;

	private static final Set<String> ATTRIBUTES = Set.of("name", "enabled", "fileSecurity", "maximumFileSize");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		StorageStore storage = new StorageStore(context.store());

		routes.post("/storage/buckets", "buckets.write", (request) -> {
			Params params = request.params();
			String id = params.newId("bucketId");
			ObjectNode bucket = Json.object();
			String now = AppwriteDates.format(context.now());
			bucket.put("$id", id);
			bucket.put("$createdAt", now);
			bucket.put("$updatedAt", now);
			apply(bucket, params, true);
			context.store().write(() -> {
				if (context.store().exists(StorageStore.BUCKETS, id)) {
					throw ApiException.conflict("storage_bucket_already_exists",
							"A storage bucket with the requested ID already exists.");
				}
				context.store().put(StorageStore.BUCKETS, id, bucket);
			});
			return Response.created(bucket);
		});

		routes.get("/storage/buckets", "buckets.read", (request) -> Response
			.ok(Listing.of("buckets", context.store().list(StorageStore.BUCKETS), request.params(), ATTRIBUTES)));

		routes.get("/storage/buckets/{bucketId}", "buckets.read",
				(request) -> Response.ok(storage.bucket(request.pathId("bucketId"))));

		routes.put("/storage/buckets/{bucketId}", "buckets.write", (request) -> {
			Params params = request.params();
			return Response.ok(context.store().write(() -> {
				ObjectNode bucket = storage.bucket(request.pathId("bucketId"));
				apply(bucket, params, false);
				bucket.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(StorageStore.BUCKETS, bucket.path("$id").asString(), bucket);
				return bucket;
			}));
		});

		routes.delete("/storage/buckets/{bucketId}", "buckets.write", (request) -> {
			String bucketId = storage.bucket(request.pathId("bucketId")).path("$id").asString();
			context.store().write(() -> {
				context.store().deleteCollection(StorageStore.files(bucketId));
				context.store().delete(StorageStore.BUCKETS, bucketId);
			});
			try {
				context.blobs().delete(bucketId);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not delete the files of bucket " + bucketId, ex);
			}
			return Response.noContent();
		});
	}

	private static void apply(ObjectNode bucket, Params params, boolean create) {
		bucket.put("name", params.text("name", 128));
		if (create || params.has("permissions")) {
			bucket.set("$permissions",
					Json.strings(Permissions.normalize("permissions",
							params.optionalStrings("permissions", Permissions.MAX_PERMISSIONS, 2048).orElse(List.of()),
							ResourceKind.BUCKET)));
		}
		setBool(bucket, params, "fileSecurity", false, create);
		setBool(bucket, params, "enabled", true, create);
		if (create || params.has("maximumFileSize")) {
			bucket.put("maximumFileSize", params.optionalLong("maximumFileSize", 1, DEFAULT_MAXIMUM_FILE_SIZE)
				.orElse(DEFAULT_MAXIMUM_FILE_SIZE));
		}
		if (create || params.has("allowedFileExtensions")) {
			bucket.set("allowedFileExtensions",
					Json.strings(params.optionalStrings("allowedFileExtensions", 100, 64)
						.orElse(List.of())
						.stream()
						.map((extension) -> extension.toLowerCase(Locale.ROOT))
						.toList()));
		}
		if (create || params.has("compression")) {
			String compression = params.optionalString("compression").orElse("none");
			if (!Set.of("none", "gzip", "zstd").contains(compression)) {
				throw ApiException.invalidParam("compression", "Value must be one of (none, gzip, zstd)");
			}
			bucket.put("compression", compression);
		}
		setBool(bucket, params, "encryption", true, create);
		setBool(bucket, params, "antivirus", true, create);
	}

	private static void setBool(ObjectNode bucket, Params params, String name, boolean fallback, boolean create) {
		if (create || params.has(name)) {
			bucket.put(name, params.bool(name, fallback));
		}
	}

}
