package io.github.appwritespring.benchmarks;

import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.model.File;

/**
 * Uploads a 1 GiB file through {@code storage().createFile(..)} to a loopback server that
 * counts and discards the bytes, and reports the peak heap against the heap before the
 * upload. Run it with a small heap to show the upload is streamed:
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.appwritespring.benchmarks.LargeUploadCheck}
 */
public final class LargeUploadCheck {

	private static final long SIZE = 1024L * 1024 * 1024;

	private LargeUploadCheck() {
	}

	public static void main(String[] args) throws Exception {
		long size = (args.length > 0) ? Long.parseLong(args[0]) : SIZE;
		AtomicLong received = new AtomicLong();
		AtomicInteger chunks = new AtomicInteger();
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive()
				.map(ByteBuf::readableBytes)
				.reduce(0L, (sum, bytes) -> sum + bytes)
				.flatMap((bytes) -> {
					received.addAndGet(bytes);
					int done = chunks.incrementAndGet();
					long total = (size + 5L * 1024 * 1024 - 1) / (5L * 1024 * 1024);
					String json = "{\"$id\":\"big\",\"bucketId\":\"bench\",\"$createdAt\":\"\",\"$updatedAt\":\"\","
							+ "\"$permissions\":[],\"name\":\"big.bin\",\"signature\":\"\",\"mimeType\":\"application/octet-stream\","
							+ "\"sizeOriginal\":" + size + ",\"chunksTotal\":" + total + ",\"chunksUploaded\":" + done
							+ "}";
					return response.status(201)
						.header("Content-Type", "application/json")
						.sendString(Mono.just(json))
						.then();
				}))
			.bindNow();
		Path file = Files.createTempFile("appwrite-large-upload", ".bin");
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(size);
		}
		try (AppwriteClient admin = AppwriteClient.builder()
			.endpoint("http://127.0.0.1:" + server.port() + "/v1")
			.projectId("bench")
			.apiKey("bench-key")
			.build()) {
			System.gc();
			long before = heapUsed();
			resetPeaks();
			long start = System.nanoTime();
			File uploaded = admin.storage().createFile("bench", ID.unique(), InputFile.fromPath(file), null);
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = heapPeak();
			System.out.printf("file: %d MiB in %d chunk requests (%d chunks uploaded per Appwrite's answer)%n",
					size >> 20, chunks.get(), uploaded.chunksUploaded());
			System.out.printf("bytes on the wire: %d MiB (file plus multipart framing), %.1f s, %.0f MiB/s%n",
					received.get() >> 20, seconds, (size >> 20) / seconds);
			System.out.printf(
					"max heap: %d MiB; heap used before: %d MiB; peak heap during the upload: %d MiB "
							+ "(chunk size: 5 MiB)%n",
					Runtime.getRuntime().maxMemory() >> 20, before >> 20, peak >> 20);
		}
		finally {
			server.disposeNow();
			Files.deleteIfExists(file);
		}
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long heapPeak() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
