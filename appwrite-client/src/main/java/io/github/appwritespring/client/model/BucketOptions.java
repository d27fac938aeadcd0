package io.github.appwritespring.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The optional settings of a bucket; {@code null} leaves Appwrite's default (on create)
 * or the current value (on update). Start from {@link #defaults()}.
 *
 * @param permissions the bucket's permissions
 * @param fileSecurity whether file permissions apply in addition to the bucket's
 * @param enabled whether it is enabled
 * @param maximumFileSize the largest file accepted, in bytes
 * @param allowedFileExtensions the accepted extensions
 * @param compression {@code none}, {@code gzip} or {@code zstd}
 * @param encryption whether files are encrypted at rest
 * @param antivirus whether files are scanned
 * @param transformations whether image transformations (previews) are allowed
 * @since 0.1.0
 */
public record BucketOptions(@Nullable List<String> permissions, @Nullable Boolean fileSecurity,
		@Nullable Boolean enabled, @Nullable Long maximumFileSize, @Nullable List<String> allowedFileExtensions,
		@Nullable String compression, @Nullable Boolean encryption, @Nullable Boolean antivirus,
		@Nullable Boolean transformations) {

	/**
	 * Returns options that leave every setting to Appwrite.
	 * @return options that leave every setting to Appwrite
	 */
	public static BucketOptions defaults() {
		return new BucketOptions(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Returns a copy with them.
	 * @param permissions the bucket's permissions
	 * @return a copy with them
	 */
	public BucketOptions withPermissions(List<String> permissions) {
		return new BucketOptions(permissions, this.fileSecurity, this.enabled, this.maximumFileSize,
				this.allowedFileExtensions, this.compression, this.encryption, this.antivirus, this.transformations);
	}

	/**
	 * Returns a copy with it.
	 * @param fileSecurity whether file permissions apply
	 * @return a copy with it
	 */
	public BucketOptions withFileSecurity(boolean fileSecurity) {
		return new BucketOptions(this.permissions, fileSecurity, this.enabled, this.maximumFileSize,
				this.allowedFileExtensions, this.compression, this.encryption, this.antivirus, this.transformations);
	}

	/**
	 * Returns a copy with it.
	 * @param maximumFileSize the largest file accepted, in bytes
	 * @return a copy with it
	 */
	public BucketOptions withMaximumFileSize(long maximumFileSize) {
		return new BucketOptions(this.permissions, this.fileSecurity, this.enabled, maximumFileSize,
				this.allowedFileExtensions, this.compression, this.encryption, this.antivirus, this.transformations);
	}

	/**
	 * Returns a copy with them.
	 * @param extensions the accepted extensions, e.g. {@code List.of("png", "pdf")}
	 * @return a copy with them
	 */
	public BucketOptions withAllowedFileExtensions(List<String> extensions) {
		return new BucketOptions(this.permissions, this.fileSecurity, this.enabled, this.maximumFileSize, extensions,
				this.compression, this.encryption, this.antivirus, this.transformations);
	}

	/**
	 * Returns a copy with it.
	 * @param enabled whether the bucket is enabled
	 * @return a copy with it
	 */
	public BucketOptions withEnabled(boolean enabled) {
		return new BucketOptions(this.permissions, this.fileSecurity, enabled, this.maximumFileSize,
				this.allowedFileExtensions, this.compression, this.encryption, this.antivirus, this.transformations);
	}

	/**
	 * Returns a copy with it.
	 * @param transformations whether image transformations (previews) are allowed
	 * @return a copy with it
	 */
	public BucketOptions withTransformations(boolean transformations) {
		return new BucketOptions(this.permissions, this.fileSecurity, this.enabled, this.maximumFileSize,
				this.allowedFileExtensions, this.compression, this.encryption, this.antivirus, transformations);
	}

}
