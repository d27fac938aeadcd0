package io.github.appwritespring.client.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.transport.ApiRequest;

/**
 * Appwrite's upload protocol: a file up to {@value #CHUNK_SIZE} bytes goes in one
 * multipart request; a larger one in {@value #CHUNK_SIZE}-byte chunks, each its own
 * multipart request with {@code Content-Range} and, after the first,
 * {@code x-appwrite-id}. Chunks are read from the file as they are sent, one at a time on
 * a thread that may block, so at most one chunk is in memory.
 */
final class ChunkedUpload<T> {

	/** Appwrite's chunk size: 5 MiB. */
	static final int CHUNK_SIZE = 5 * 1024 * 1024;

	private final String[] path;

	private final InputFile file;

	private final String filePart;

	private final Consumer<MultipartBodyBuilder> fields;

	private final Sender<T> sender;

	private final Function<T, String> idOf;

	/**
	 * Creates an upload.
	 * @param path where each chunk is posted
	 * @param file the content
	 * @param filePart the name of the part holding the content ({@code file},
	 * {@code code})
	 * @param fields adds the other parts, sent with every chunk
	 * @param sender sends one chunk
	 * @param idOf the ID of the answer, sent as {@code x-appwrite-id} with the next
	 * chunks
	 */
	ChunkedUpload(String[] path, InputFile file, String filePart, Consumer<MultipartBodyBuilder> fields,
			Sender<T> sender, Function<T, String> idOf) {
		this.path = path;
		this.file = file;
		this.filePart = filePart;
		this.fields = fields;
		this.sender = sender;
		this.idOf = idOf;
	}

	/**
	 * The parts of a file upload to a bucket.
	 * @param fileId the new file's ID
	 * @param permissions its permissions, or {@code null}
	 * @return what adds them
	 */
	static Consumer<MultipartBodyBuilder> fileFields(String fileId, @Nullable List<String> permissions) {
		return (body) -> {
			body.part("fileId", fileId);
			if (permissions != null) {
				permissions.forEach((permission) -> body.part("permissions[]", permission));
			}
		};
	}

	Mono<T> start() {
		// expand, not recursion: each chunk's request completes and can be collected
		// before the next is read
		return Mono.using(this::open,
				(in) -> Mono.just(new Step<T>(0, null))
					.expand((step) -> (step.offset() >= this.file.getSize()) ? Mono.empty() : next(in, step))
					.last()
					.map(Step::answer),
				ChunkedUpload::closeQuietly);
	}

	private Mono<Step<T>> next(InputStream in, Step<T> previous) {
		long total = this.file.getSize();
		long offset = previous.offset();
		int length = (int) Math.min(CHUNK_SIZE, total - offset);
		T last = previous.answer();
		String uploadId = (last != null) ? this.idOf.apply(last) : null;
		return Mono.fromCallable(() -> read(in, length)).subscribeOn(Schedulers.boundedElastic()).flatMap((bytes) -> {
			ApiRequest request = ApiRequest.post(this.path).multipart(body(bytes));
			if (total > CHUNK_SIZE) {
				request.header("Content-Range", "bytes " + offset + "-" + (offset + length - 1) + "/" + total);
				if (uploadId != null) {
					request.header("x-appwrite-id", uploadId);
				}
			}
			return this.sender.send(request);
		}).map((answer) -> new Step<>(offset + length, answer));
	}

	private org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> body(byte[] bytes) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		this.fields.accept(body);
		String filename = this.file.getFilename();
		body.part(this.filePart, new ByteArrayResource(bytes) {

			@Override
			public String getFilename() {
				return filename;
			}

		}).filename(filename).contentType(MediaType.parseMediaType(this.file.getContentType()));
		return body.build();
	}

	private InputStream open() {
		try {
			return this.file.open();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open " + this.file + " for upload", ex);
		}
	}

	private byte[] read(InputStream in, int length) throws IOException {
		byte[] bytes = in.readNBytes(length);
		if (bytes.length != length) {
			throw new IOException(this.file + " ended after " + bytes.length + " of the " + length
					+ " bytes expected for this chunk: its content is shorter than its declared size");
		}
		return bytes;
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// nothing left to do with a stream we only read
		}
	}

	/**
	 * Sends one multipart request and answers the model.
	 *
	 * @param <T> the model
	 */
	interface Sender<T> {

		Mono<T> send(ApiRequest request);

	}

	/**
	 * Where the upload stands: the next offset to send and Appwrite's answer to the last
	 * chunk.
	 */
	private record Step<T>(long offset, @Nullable T answer) {
	}

}
