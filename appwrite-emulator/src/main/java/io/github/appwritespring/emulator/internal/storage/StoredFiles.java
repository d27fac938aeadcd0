package io.github.appwritespring.emulator.internal.storage;

import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.store.DocumentStore;

/**
 * Read-only lookups of buckets and files for other services (Messaging attachments and
 * push images, file tokens), so that only this package knows where Storage keeps them.
 */
public final class StoredFiles {

	private final DocumentStore store;

	/** Lookups in {@code store}. */
	public StoredFiles(DocumentStore store) {
		this.store = store;
	}

	/** The bucket with this ID, as stored. */
	public Optional<ObjectNode> bucket(String bucketId) {
		return this.store.get(StorageStore.BUCKETS, bucketId);
	}

	/** The file with this ID in the bucket, as the File model shows it. */
	public Optional<ObjectNode> file(String bucketId, String fileId) {
		return this.store.get(StorageStore.files(bucketId), fileId).map(StorageStore::fileModel);
	}

}
