package io.github.appwritespring.client.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.Bucket;
import io.github.appwritespring.client.model.BucketList;
import io.github.appwritespring.client.model.BucketOptions;
import io.github.appwritespring.client.model.File;
import io.github.appwritespring.client.model.FileList;
import io.github.appwritespring.client.model.PreviewOptions;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Paginator;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Storage service, reactive face: buckets (API key) and files (API key or a
 * user's session, subject to permissions). Uploads are streamed in 5 MiB chunks;
 * downloads as they arrive.
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveStorage extends Service {

	/**
	 * Creates a new {@code ReactiveStorage}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveStorage(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Returns the bucket.
	 * @param bucketId the new bucket's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param options its settings ({@link BucketOptions#defaults()} for Appwrite's)
	 * @return the bucket
	 */
	public Mono<Bucket> createBucket(String bucketId, String name, BucketOptions options) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("storage", "buckets")
			.json(bucketBody(options).with("bucketId", Require.id("bucketId", bucketId))
				.with("name", Require.nonBlank("name", name))), this.context, Bucket.class));
	}

	/**
	 * Returns a page of buckets.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of buckets
	 */
	public Mono<BucketList> listBuckets(@Nullable List<String> queries, @Nullable String search) {
		return listBuckets(queries, search, null);
	}

	/**
	 * Returns a page of buckets.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of buckets
	 */
	public Mono<BucketList> listBuckets(@Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("storage", "buckets")
			.queryArray("queries", queries(queries))
			.query("total", total)
			.query("search", search), this.context, BucketList.class));
	}

	/**
	 * Returns every bucket, page by page.
	 * @param queries filters and ordering, or {@code null}
	 * @return every bucket, page by page
	 */
	public Flux<Bucket> listAllBuckets(@Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> listBuckets(page, null),
				Bucket::id);
	}

	/**
	 * Returns the bucket.
	 * @param bucketId the bucket ID
	 * @return the bucket
	 */
	public Mono<Bucket> getBucket(String bucketId) {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.get("storage", "buckets", Require.nonBlank("bucketId", bucketId)),
						this.context, Bucket.class));
	}

	/**
	 * Returns the bucket.
	 * @param bucketId the bucket ID
	 * @param name the new name
	 * @param options the settings to change ({@code null} fields keep theirs)
	 * @return the bucket
	 */
	public Mono<Bucket> updateBucket(String bucketId, String name, BucketOptions options) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.put("storage", "buckets", Require.nonBlank("bucketId", bucketId))
					.json(bucketBody(options).with("name", Require.nonBlank("name", name))),
				this.context, Bucket.class));
	}

	/**
	 * Returns completion once the bucket and its files are deleted.
	 * @param bucketId the bucket ID
	 * @return completion once the bucket and its files are deleted
	 */
	public Mono<Void> deleteBucket(String bucketId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("storage", "buckets", Require.nonBlank("bucketId", bucketId)), this.context));
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
	public Mono<File> createFile(String bucketId, String fileId, InputFile file, @Nullable List<String> permissions) {
		return Mono.defer(() -> {
			Require.nonBlank("bucketId", bucketId);
			Require.id("fileId", fileId);
			Require.nonNull("file", file);
			if (file.getSize() == 0) {
				throw new IllegalArgumentException(
						"'file' " + file.getFilename() + " is empty; Appwrite does not store " + "empty files");
			}
			return new ChunkedUpload<>(files(bucketId), file, "file", ChunkedUpload.fileFields(fileId, permissions),
					(request) -> this.transport.call(request, this.context, File.class), File::id)
				.start();
		});
	}

	/**
	 * Returns a page of the files the caller may read.
	 * @param bucketId the bucket ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of the files the caller may read
	 */
	public Mono<FileList> listFiles(String bucketId, @Nullable List<String> queries, @Nullable String search) {
		return listFiles(bucketId, queries, search, null);
	}

	/**
	 * Returns a page of the files the caller may read.
	 * @param bucketId the bucket ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of the files the caller may read
	 */
	public Mono<FileList> listFiles(String bucketId, @Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get(files(bucketId))
			.queryArray("queries", queries(queries))
			.query("total", total)
			.query("search", search), this.context, FileList.class));
	}

	/**
	 * Returns every file the caller may read, page by page.
	 * @param bucketId the bucket ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every file the caller may read, page by page
	 */
	public Flux<File> listAllFiles(String bucketId, @Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> listFiles(bucketId, page, null),
				File::id);
	}

	/**
	 * Returns the file's metadata.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return the file's metadata
	 */
	public Mono<File> getFile(String bucketId, String fileId) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get(file(bucketId, fileId)), this.context, File.class));
	}

	/**
	 * Returns the file.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param name the new name, or {@code null} to keep it
	 * @param permissions the new permissions, or {@code null} to keep them
	 * @return the file
	 */
	public Mono<File> updateFile(String bucketId, String fileId, @Nullable String name,
			@Nullable List<String> permissions) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.put(file(bucketId, fileId))
					.json(JsonBody.create().with("name", name).with("permissions", permissions)),
				this.context, File.class));
	}

	/**
	 * Returns completion once the file is deleted.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return completion once the file is deleted
	 */
	public Mono<Void> deleteFile(String bucketId, String fileId) {
		return Mono
			.defer(() -> this.transport.callForNoContent(ApiRequest.delete(file(bucketId, fileId)), this.context));
	}

	/**
	 * Downloads a file's content (as an attachment), streamed as it arrives; cancelling
	 * stops the download.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getFileDownload(String bucketId, String fileId) {
		return Flux.defer(() -> this.transport
			.callForBytes(ApiRequest.get(content(bucketId, fileId, "download")).accept("*/*"), this.context));
	}

	/**
	 * Reads a file's content for display (inline), streamed as it arrives; cancelling
	 * stops the download.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getFileView(String bucketId, String fileId) {
		return Flux.defer(() -> this.transport
			.callForBytes(ApiRequest.get(content(bucketId, fileId, "view")).accept("*/*"), this.context));
	}

	private static JsonBody bucketBody(BucketOptions options) {
		Require.nonNull("options", options);
		return JsonBody.create()
			.with("permissions", options.permissions())
			.with("fileSecurity", options.fileSecurity())
			.with("enabled", options.enabled())
			.with("maximumFileSize", options.maximumFileSize())
			.with("allowedFileExtensions", options.allowedFileExtensions())
			.with("compression", options.compression())
			.with("encryption", options.encryption())
			.with("antivirus", options.antivirus())
			.with("transformations", options.transformations());
	}

	private static String[] files(String bucketId) {
		return new String[] { "storage", "buckets", Require.nonBlank("bucketId", bucketId), "files" };
	}

	private static String[] file(String bucketId, String fileId) {
		return new String[] { "storage", "buckets", Require.nonBlank("bucketId", bucketId), "files",
				Require.nonBlank("fileId", fileId) };
	}

	private static String[] content(String bucketId, String fileId, String kind) {
		return new String[] { "storage", "buckets", Require.nonBlank("bucketId", bucketId), "files",
				Require.nonBlank("fileId", fileId), kind };
	}

	/**
	 * Renders a preview of an image file (resized, cropped, converted), streamed as it
	 * arrives.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param options how to render it ({@link PreviewOptions#defaults()} for the original
	 * size)
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getFilePreview(String bucketId, String fileId, PreviewOptions options) {
		return Flux.defer(() -> this.transport.callForBytes(ApiRequest.get(content(bucketId, fileId, "preview"))
			.queryAll(Require.nonNull("options", options))
			.accept("*/*"), this.context));
	}

	/**
	 * Renders a preview of an image file at Appwrite's defaults.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getFilePreview(String bucketId, String fileId) {
		return getFilePreview(bucketId, fileId, PreviewOptions.defaults());
	}

	/**
	 * Downloads a file's content with a file token, for a caller without other access.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param token the file token's secret ({@code tokens().createFileToken(..)}), or
	 * {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getFileDownload(String bucketId, String fileId, @Nullable String token) {
		return Flux.defer(() -> this.transport.callForBytes(
				ApiRequest.get(content(bucketId, fileId, "download")).query("token", token).accept("*/*"),
				this.context));
	}

	/**
	 * Reads a file's content for display with a file token, for a caller without other
	 * access.
	 * @param bucketId the bucket ID
	 * @param fileId the file ID
	 * @param token the file token's secret, or {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getFileView(String bucketId, String fileId, @Nullable String token) {
		return Flux.defer(() -> this.transport.callForBytes(
				ApiRequest.get(content(bucketId, fileId, "view")).query("token", token).accept("*/*"), this.context));
	}

	/**
	 * Returns a page of buckets. Leaves out {@code queries}, {@code search}.
	 * @return a page of buckets
	 */
	public Mono<BucketList> listBuckets() {
		return listBuckets(null, null);
	}

	/**
	 * Returns a page of buckets. Leaves out {@code search}.
	 * @param queries queries
	 * @return a page of buckets
	 */
	public Mono<BucketList> listBuckets(List<String> queries) {
		return listBuckets(queries, null);
	}

	/**
	 * Returns every bucket, page by page. Leaves out {@code queries}.
	 * @return every bucket, page by page
	 */
	public Flux<Bucket> listAllBuckets() {
		return listAllBuckets(null);
	}

	/**
	 * Returns a page of the files the caller may read. Leaves out {@code queries},
	 * {@code search}.
	 * @param bucketId the bucket ID
	 * @return a page of the files the caller may read
	 */
	public Mono<FileList> listFiles(String bucketId) {
		return listFiles(bucketId, null, null);
	}

	/**
	 * Returns a page of the files the caller may read. Leaves out {@code search}.
	 * @param bucketId the bucket ID
	 * @param queries queries
	 * @return a page of the files the caller may read
	 */
	public Mono<FileList> listFiles(String bucketId, List<String> queries) {
		return listFiles(bucketId, queries, null);
	}

	/**
	 * Returns every file the caller may read, page by page. Leaves out {@code queries}.
	 * @param bucketId the bucket ID
	 * @return every file the caller may read, page by page
	 */
	public Flux<File> listAllFiles(String bucketId) {
		return listAllFiles(bucketId, null);
	}

	/**
	 * Uploads a file under a new unique ID, with the caller's default permissions.
	 * @param bucketId the bucket ID
	 * @param file the content
	 * @return the file, once every chunk is stored
	 */
	public Mono<File> createFile(String bucketId, InputFile file) {
		return createFile(bucketId, ID.unique(), file, null);
	}

	/**
	 * Uploads a file with the caller's default permissions.
	 * @param bucketId the bucket ID
	 * @param fileId the new file's ID
	 * @param file the content
	 * @return the file, once every chunk is stored
	 */
	public Mono<File> createFile(String bucketId, String fileId, InputFile file) {
		return createFile(bucketId, fileId, file, null);
	}

}
