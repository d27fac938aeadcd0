package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of files.
 *
 * @param total the number of matching files
 * @param files the files of this page
 * @since 0.1.0
 */
public record FileList(long total, List<File> files) implements Page<File> {

	@Override
	public List<File> items() {
		return this.files;
	}

}
