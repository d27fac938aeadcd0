package io.github.appwritespring.emulator.internal.http;

import java.nio.file.Path;

/**
 * The file part of a multipart request, already spooled to {@code path} (a temporary file
 * of the blob store). The handler owns the file: commit it with {@code BlobStore.commit}
 * or discard it.
 *
 * @param fieldName the form field name, e.g. {@code file}
 * @param filename the file name the client sent (as is: never use it to build a path)
 * @param contentType the part's content type, {@code application/octet-stream} if none
 * was sent
 * @param path where the bytes are
 * @param size number of bytes
 */
public record UploadedFile(String fieldName, String filename, String contentType, Path path, long size) {
}
