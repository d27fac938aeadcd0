package io.github.appwritespring.emulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartParserTests {

	private static final String BOUNDARY = "----boundary42";

	@TempDir
	Path dir;

	@Test
	void fieldsArraysAndAFileSpooledToDisk() throws IOException {
		byte[] content = new byte[300_000];
		new Random(7).nextBytes(content);
		byte[] body = body(List.of(field("fileId", "unique()"), field("permissions[]", "read(\"any\")"),
				field("permissions[]", "update(\"users\")")), "photo.png", content);
		MultipartForm form = parse(new TrickleStream(body), Long.MAX_VALUE);
		assertThat(form.params().string("fileId")).isEqualTo("unique()");
		assertThat(form.params().strings("permissions", 100, 100)).containsExactly("read(\"any\")",
				"update(\"users\")");
		assertThat(form.params().string("fromQuery")).isEqualTo("yes");
		UploadedFile file = form.file().orElseThrow();
		assertThat(file.fieldName()).isEqualTo("file");
		assertThat(file.filename()).isEqualTo("photo.png");
		assertThat(file.contentType()).isEqualTo("image/png");
		assertThat(file.size()).isEqualTo(content.length);
		assertThat(Files.readAllBytes(file.path())).isEqualTo(content);
	}

	@Test
	void contentThatLooksLikeABoundaryIsKept() throws IOException {
		byte[] content = ("line\r\n--" + BOUNDARY.substring(0, 8) + "\r\n--").getBytes(StandardCharsets.ISO_8859_1);
		MultipartForm form = parse(new java.io.ByteArrayInputStream(body(List.of(), "a.txt", content)), 1000);
		assertThat(Files.readAllBytes(form.file().orElseThrow().path())).isEqualTo(content);
	}

	@Test
	void tooLargeFilesStopTheReadAndLeaveNoTempFile() throws IOException {
		byte[] body = body(List.of(), "big.bin", new byte[10_000]);
		assertThatThrownBy(() -> parse(new java.io.ByteArrayInputStream(body), 1_000)).isInstanceOfSatisfying(
				ApiException.class, (e) -> assertThat(e.type()).isEqualTo("storage_invalid_file_size"));
		try (var files = Files.list(this.dir)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void truncatedBodiesAreAClear400() throws IOException {
		byte[] body = body(List.of(field("a", "b")), "f.txt", "hello".getBytes(StandardCharsets.UTF_8));
		byte[] truncated = java.util.Arrays.copyOf(body, body.length - 20);
		assertThatThrownBy(() -> parse(new java.io.ByteArrayInputStream(truncated), 1000))
			.isInstanceOfSatisfying(ApiException.class, (e) -> {
				assertThat(e.status()).isEqualTo(400);
				assertThat(e.getMessage()).contains("Malformed multipart");
			});
		try (var files = Files.list(this.dir)) {
			assertThat(files).isEmpty();
		}
	}

	private MultipartForm parse(InputStream in, long max) throws IOException {
		var query = Json.object();
		query.put("fromQuery", "yes");
		return MultipartParser.parse(in, BOUNDARY, query, () -> Files.createTempFile(this.dir, "up", ".part"), max,
				() -> new ApiException("storage_invalid_file_size", 400, "File size not allowed"));
	}

	private static String field(String name, String value) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private static byte[] body(List<String> fields, String filename, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String field : fields) {
			out.write(field.getBytes(StandardCharsets.UTF_8));
		}
		out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + (filename.endsWith(".png") ? "image/png" : "text/plain") + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(content);
		out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** Hands out at most 777 bytes per read, so boundaries straddle buffer fills. */
	private static final class TrickleStream extends InputStream {

		private final InputStream in;

		TrickleStream(byte[] bytes) {
			this.in = new SequenceInputStream(
					Collections.enumeration(List.of(new java.io.ByteArrayInputStream(bytes))));
		}

		@Override
		public int read() throws IOException {
			return this.in.read();
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			return this.in.read(b, off, Math.min(len, 777));
		}

	}

}
