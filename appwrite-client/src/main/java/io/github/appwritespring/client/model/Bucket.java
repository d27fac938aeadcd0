package io.github.appwritespring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A storage bucket.
 *
 * @param id the bucket ID
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param permissions the bucket's permissions
 * @param fileSecurity whether file permissions apply in addition to the bucket's
 * @param name its name
 * @param enabled whether it is enabled
 * @param maximumFileSize the largest file accepted, in bytes
 * @param allowedFileExtensions the accepted extensions (empty: all)
 * @param compression {@code none}, {@code gzip} or {@code zstd}
 * @param encryption whether files are encrypted at rest
 * @param antivirus whether files are scanned
 * @param transformations whether image transformations (previews) are allowed
 * @since 0.1.0
 */
public record Bucket(@JsonProperty("$id") String id, @JsonProperty("$createdAt") String createdAt,
		@JsonProperty("$updatedAt") String updatedAt, @JsonProperty("$permissions") List<String> permissions,
		boolean fileSecurity, String name, boolean enabled, long maximumFileSize, List<String> allowedFileExtensions,
		String compression, boolean encryption, boolean antivirus, boolean transformations) {
}
