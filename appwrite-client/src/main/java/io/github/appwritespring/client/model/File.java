package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file in a storage bucket. While a chunked upload is in progress,
 * {@code chunksUploaded} is below {@code chunksTotal}.
 *
 * @param id the file ID
 * @param bucketId the bucket
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param permissions the file's permissions
 * @param name the file name
 * @param signature the MD5 of the content
 * @param mimeType the MIME type
 * @param sizeOriginal the size in bytes
 * @param chunksTotal the number of chunks of the upload
 * @param chunksUploaded the number of chunks received
 * @since 0.1.0
 */
public record File(@JsonProperty("$id") String id, String bucketId, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, @JsonProperty("$permissions") List<String> permissions,
		String name, String signature, String mimeType, long sizeOriginal, long chunksTotal, long chunksUploaded) {
}
