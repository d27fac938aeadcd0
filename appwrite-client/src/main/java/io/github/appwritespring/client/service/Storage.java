package io.github.appwritespring.client.service;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.model.Bucket;
import io.github.appwritespring.client.model.BucketList;
import io.github.appwritespring.client.model.BucketOptions;
import io.github.appwritespring.client.model.File;
import io.github.appwritespring.client.model.FileList;
import io.github.appwritespring.client.transport.Blocking;

/**
 * Appwrite's Storage service, blocking face. Each method waits for
 * {@link ReactiveStorage}'s answer; see there for the details. Downloads are
 * {@link InputStream}s that read as the bytes arrive; close them. Never call it on a
 * Netty event loop.
 *
 * @since 0.1.0
 */
public class Storage {

	private final ReactiveStorage reactive;

	/**
	 * Creates a new {@code Storage}.
	 * @param reactive the reactive face this one waits for
	 */
	public Storage(ReactiveStorage reactive) {
		this.reactive = reactive;
	}

	/**
	 * Returns the bucket.
	 * @param bucketId the new bucket's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param options its settings ({@link BucketOptions#defaults()} for Appwrite's)
	 * @return the bucket
	 */
	public Bucket createBucket(String bucketId, String name, BucketOptions options) {
		return Blocking.await(this.reactive.createBucket(bucketId, name, options), "storage().createBucket()");
	}

	/**
	 * Returns a page of buckets.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of buckets
	 */
	public BucketList listBuckets(@Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.listBuckets(queries, search), "storage().listBuckets()");
	}

	/**
	 * Returns every bucket, fetched lazily page by page; close the stream to stop early.
	 * @param queries filters and ordering, or {@code null}
	 * @return every bucket, fetched lazily page by page; close the stream to stop early
	 */
	public Stream<Bucket> listAllBuckets(@Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllBuckets(queries), "storage().listAllBuckets()");
	}

	/**
	 * Returns the bucket.
	 * @param bucketId the bucket ID
	 * @return the bucket
	 */
	public Bucket getBucket(String bucketId) {
		return Blocking.await(this.reactive.getBucket(bucketId), "storage().getBucket()");
	}

	/**
	 * Returns the bucket.
	 * @param bucketId the bucket ID
	 * @param name the new name
	 * @param options the settings to change ({@code null} fields keep theirs)
	 * @return the bucket
	 */
	public Bucket updateBucket(String bucketId, String name, BucketOptions options) {
		return Blocking.await(this.reactive.updateBucket(bucketId, name, options), "storage().updateBucket()");
	}

	/**
	 * Deletes the bucket.
	 * @param bucketId the bucket ID
	 */
	public void deleteBucket(String bucketId) {
		Blocking.run(this.reactive.deleteBucket(bucketId), "storage().deleteBucket()");
	}

	/**
	 * Uploads a file: in one request up to 5 MiB, else in 5 MiB chunks read from the file
	 * as they are sent. Without permissions, a session user's file gets
	 * read/update/delete for that user.
	 * @param bucketId the bucket ID
	 * @param fileId the new file's ID, or {@code ID.unique()}
	 * @param file the content
	 * @param permissions the file's permissions, or {@code null}
	 * @return the file, once every chunk is stored
	 */
	public File createFile(String bucketId, String fileId, InputFile file, @Nullable List<String> permissions) {
		return Blocking.await(this.reactive.createFile(bucketId, fileId, file, permissions), "storage().createFile()");
	}

	/**
	 * Returns a page of the files the caller may read.
	 * @param bucketId the bucket ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of the files the caller may read
	 */
	public FileList listFiles(String bucketId, @Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.listFiles(bucketId, queries, search), "storage().listFiles()");
	}

	/**
	 * Returns every file the caller may read, fetched lazily page by page; close the
	 * stream to stop early.
	 * @param bucketId the bucket ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every file the caller may read, fetched lazily page by page; close the
	 * stream to stop early
	 */
	public Stream<File> listAllFiles(String bucketId, @Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllFiles(bucketId, queries), "storage().listAllFiles()");
	}

	/**
	 * Returns the file's metadata.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return the file's metadata
	 */
	public File getFile(String bucketId, String fileId) {
		return Blocking.await(this.reactive.getFile(bucketId, fileId), "storage().getFile()");
	}

	/**
	 * Returns the file.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param name the new name, or {@code null} to keep it
	 * @param permissions the new permissions, or {@code null} to keep them
	 * @return the file
	 */
	public File updateFile(String bucketId, String fileId, @Nullable String name, @Nullable List<String> permissions) {
		return Blocking.await(this.reactive.updateFile(bucketId, fileId, name, permissions), "storage().updateFile()");
	}

	/**
	 * Deletes the file.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 */
	public void deleteFile(String bucketId, String fileId) {
		Blocking.run(this.reactive.deleteFile(bucketId, fileId), "storage().deleteFile()");
	}

	/**
	 * Downloads a file's content, streamed.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return a stream that reads the bytes as they arrive; close it (closing early
	 * cancels the download)
	 */
	public InputStream getFileDownload(String bucketId, String fileId) {
		return Blocking.inputStream(this.reactive.getFileDownload(bucketId, fileId), "storage().getFileDownload()");
	}

	/**
	 * Reads a file's content for display, streamed.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return a stream that reads the bytes as they arrive; close it
	 */
	public InputStream getFileView(String bucketId, String fileId) {
		return Blocking.inputStream(this.reactive.getFileView(bucketId, fileId), "storage().getFileView()");
	}

}
