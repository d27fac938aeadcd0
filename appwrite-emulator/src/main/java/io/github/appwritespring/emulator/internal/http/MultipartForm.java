package io.github.appwritespring.emulator.internal.http;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code multipart/form-data} request: its text fields merged with the query
 * parameters (same rules as {@link Params}: {@code permissions[]} repeated is an array),
 * and at most one file.
 */
public final class MultipartForm {

	private final Params params;

	private final @Nullable UploadedFile file;

	MultipartForm(Params params, @Nullable UploadedFile file) {
		this.params = params;
		this.file = file;
	}

	/** Text fields and query parameters. */
	public Params params() {
		return this.params;
	}

	/** The file part, if one was sent. */
	public Optional<UploadedFile> file() {
		return Optional.ofNullable(this.file);
	}

}
