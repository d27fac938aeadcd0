package io.github.appwritespring.emulator.internal.storage;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.store.DocumentStore;

/**
 * Where buckets and file metadata live: one collection of buckets, one collection of
 * files per bucket.
 */
final class StorageStore {

	static final String BUCKETS = "storage.buckets";

	private final DocumentStore store;

	StorageStore(DocumentStore store) {
		this.store = store;
	}

	static String files(String bucketId) {
		return "storage.files:" + bucketId;
	}

	static String blob(String bucketId, String fileId) {
		return bucketId + "/" + fileId;
	}

	ObjectNode bucket(String bucketId) {
		return this.store.get(BUCKETS, bucketId)
			.orElseThrow(() -> ApiException.notFound("storage_bucket_not_found",
					"Storage bucket with the requested ID could not be found."));
	}

	/** The file a request's path names, if it exists. */
	java.util.Optional<ObjectNode> file(io.github.appwritespring.emulator.internal.http.ApiRequest request) {
		return this.store.get(files(request.pathId("bucketId")), request.pathId("fileId"));
	}

	static ApiException fileNotFound() {
		return ApiException.notFound("storage_file_not_found", "The requested file could not be found.");
	}

	/** The file as Appwrite answers it: internal fields left out. */
	static ObjectNode fileModel(ObjectNode file) {
		ObjectNode model = file.deepCopy();
		model.remove("_chunks");
		model.remove("_chunkSize");
		return model;
	}

}
