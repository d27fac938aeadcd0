package io.github.appwritespring.client.transport;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.stream.Stream;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The bridge from the reactive implementation to the blocking face. Blocking on a Netty
 * event loop (or any thread Reactor marks non-blocking) would stall every connection on
 * it, so that is refused with a clear error instead of a hang.
 */
public final class Blocking {

	private Blocking() {
	}

	/**
	 * Waits for a single answer.
	 * @param mono the reactive call
	 * @param operation the service method, e.g. {@code account.get}, for the error
	 * message
	 * @param <T> the answer's type
	 * @return the answer
	 * @throws IllegalStateException if the call completed without an answer (calls
	 * without one go through {@link #run})
	 */
	public static <T> T await(Mono<T> mono, String operation) {
		checkBlockingAllowed(operation);
		T answer = mono.block();
		if (answer == null) {
			throw new IllegalStateException(operation + " completed without an answer");
		}
		return answer;
	}

	/**
	 * Waits for a call that answers with no content.
	 * @param mono the reactive call
	 * @param operation the service method, for the error message
	 */
	public static void run(Mono<Void> mono, String operation) {
		checkBlockingAllowed(operation);
		mono.block();
	}

	/**
	 * Turns a lazy sequence into a blocking {@link Stream}; close it to cancel the
	 * remaining pages.
	 * @param flux the sequence
	 * @param operation the service method, for the error message
	 * @param <T> the element type
	 * @return the stream
	 */
	public static <T> Stream<T> stream(Flux<T> flux, String operation) {
		checkBlockingAllowed(operation);
		return flux.toStream(1);
	}

	/**
	 * Waits for a whole download and returns its bytes; for large files prefer
	 * {@link #transferTo(Flux, OutputStream, String)}.
	 * @param download the streamed answer, e.g. from
	 * {@link AppwriteTransport#callForBytes}
	 * @param operation the service method, for the error message
	 * @return the bytes
	 */
	public static byte[] bytes(Flux<DataBuffer> download, String operation) {
		checkBlockingAllowed(operation);
		byte[] bytes = DataBufferUtils.join(download).map((buffer) -> {
			try {
				byte[] copy = new byte[buffer.readableByteCount()];
				buffer.read(copy);
				return copy;
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}).block();
		return (bytes != null) ? bytes : new byte[0];
	}

	/**
	 * Streams a download into {@code target} as it arrives, without holding it in memory.
	 * Appwrite's errors are thrown as they are (e.g.
	 * {@code AppwriteErrorResponseException} for 404); the target is not closed.
	 * @param download the streamed answer, e.g. from
	 * {@link AppwriteTransport#callForBytes}
	 * @param target where the bytes go
	 * @param operation the service method, for the error message
	 */
	public static void transferTo(Flux<DataBuffer> download, OutputStream target, String operation) {
		checkBlockingAllowed(operation);
		DataBufferUtils.write(download, target).map(DataBufferUtils::release).then().block();
	}

	/**
	 * Turns a streamed download into an {@link InputStream} that reads as the bytes
	 * arrive, holding only a few buffers at a time; closing it cancels the download.
	 * @param download the bytes
	 * @param operation the service method, for the error message
	 * @return the stream, to be closed by the caller
	 */
	public static InputStream inputStream(Flux<DataBuffer> download, String operation) {
		checkBlockingAllowed(operation);
		return DataBufferUtils.subscriberInputStream(download, 4);
	}

	/**
	 * Refuses to block a thread that must not block, such as a Netty event loop.
	 * @param operation the service method, for the error message
	 * @throws IllegalStateException on a non-blocking thread
	 */
	public static void checkBlockingAllowed(String operation) {
		if (Schedulers.isInNonBlockingThread()) {
			throw new IllegalStateException("The blocking Appwrite call " + operation + " was made on the non-blocking "
					+ "thread '" + Thread.currentThread().getName()
					+ "' (e.g. a Netty event loop), where it would stall "
					+ "every request on that thread. Use the reactive face instead: client.reactive()." + operation);
		}
	}

}
