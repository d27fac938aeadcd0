package io.github.appwritespring.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the sample keeps its data in Appwrite, under {@code sample.*}.
 *
 * @param databaseId the database holding the notes table
 * @param notesTableId the table of notes
 * @param bucketId the bucket of note attachments
 * @param maxAttachmentSize the largest attachment accepted (also the bucket's maximum
 * file size)
 * @param wordCountFunctionId the function that counts a note's words
 * @param pageSize how many notes a page lists
 */
@ConfigurationProperties("sample")
public record SampleProperties(String databaseId, String notesTableId, String bucketId, DataSize maxAttachmentSize,
		String wordCountFunctionId, int pageSize) {

	/** Fills in the defaults for whatever {@code application.yml} leaves out. */
	public SampleProperties {
		databaseId = (databaseId != null) ? databaseId : "sample";
		notesTableId = (notesTableId != null) ? notesTableId : "notes";
		bucketId = (bucketId != null) ? bucketId : "attachments";
		maxAttachmentSize = (maxAttachmentSize != null) ? maxAttachmentSize : DataSize.ofMegabytes(1);
		wordCountFunctionId = (wordCountFunctionId != null) ? wordCountFunctionId : "word-count";
		pageSize = (pageSize > 0) ? pageSize : 10;
	}

}
