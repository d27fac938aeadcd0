package io.github.appwritespring.emulator.internal.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * The store's files in a data directory: a snapshot ({@code store.snapshot.jsonl}) and an
 * append-only journal ({@code store.journal.jsonl}), both one JSON record per line.
 *
 * <p>
 * Every record is handed to the operating system before {@link #append} returns, so
 * acknowledged writes survive a killed JVM; with {@code fsync} they also survive a power
 * cut. A torn last line (the JVM died mid-write) is skipped on replay. Not thread-safe:
 * the store calls it under its write lock.
 */
final class Journal implements AutoCloseable {

	private static final Logger LOG = Logger.getLogger(Journal.class.getName());

	private static final String SNAPSHOT = "store.snapshot.jsonl";

	private static final String JOURNAL = "store.journal.jsonl";

	private static final String LOCK = "store.lock";

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final Path snapshot;

	private final Path journal;

	private final boolean fsync;

	private FileChannel channel;

	private OutputStream out;

	private long journalBytes;

	Journal(Path dir, boolean fsync) throws IOException {
		Files.createDirectories(dir);
		this.lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock acquired;
		try {
			acquired = this.lockChannel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			acquired = null;
		}
		if (acquired == null) {
			this.lockChannel.close();
			throw new IOException("The data directory " + dir
					+ " is used by another running emulator; stop it or choose another --data-dir");
		}
		this.lock = acquired;
		this.snapshot = dir.resolve(SNAPSHOT);
		this.journal = dir.resolve(JOURNAL);
		this.fsync = fsync;
		openJournal(false);
	}

	/**
	 * Feeds every record of the snapshot, then of the journal, to the consumer, in order.
	 */
	void replay(Consumer<ObjectNode> consumer) throws IOException {
		replayFile(this.snapshot, consumer);
		replayFile(this.journal, consumer);
	}

	private static void replayFile(Path file, Consumer<ObjectNode> consumer) throws IOException {
		if (!Files.exists(file)) {
			return;
		}
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			long number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode record;
				try {
					record = Json.MAPPER.readTree(line);
				}
				catch (JacksonException ex) {
					LOG.warning(() -> "Skipping a torn record in " + file.getFileName()
							+ " (the process was probably killed while writing it)");
					continue;
				}
				if (record instanceof ObjectNode object) {
					consumer.accept(object);
				}
				else {
					long at = number;
					LOG.warning(() -> "Skipping a non-object record at line " + at + " of " + file.getFileName());
				}
			}
		}
	}

	/** Appends one record and hands it to the OS (and to the disk when fsync is on). */
	void append(ObjectNode record) {
		try {
			byte[] bytes = (Json.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
			this.out.write(bytes);
			this.out.flush();
			if (this.fsync) {
				this.channel.force(false);
			}
			this.journalBytes += bytes.length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the emulator journal " + this.journal, ex);
		}
	}

	/** Size of the journal since the last compaction, in bytes. */
	long journalBytes() {
		return this.journalBytes;
	}

	/**
	 * Replaces the snapshot with the given records (written to a temporary file, forced
	 * to disk, then moved atomically) and empties the journal.
	 */
	void compact(Consumer<Consumer<ObjectNode>> records) throws IOException {
		Path temp = this.snapshot.resolveSibling(SNAPSHOT + ".tmp");
		try (FileChannel tempChannel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING);
				OutputStream tempOut = new java.io.BufferedOutputStream(Channels.newOutputStream(tempChannel))) {
			IOException[] failure = new IOException[1];
			records.accept((record) -> {
				if (failure[0] != null) {
					return;
				}
				try {
					tempOut.write((Json.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					failure[0] = ex;
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
			tempOut.flush();
			tempChannel.force(true);
		}
		Files.move(temp, this.snapshot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		openJournal(true);
	}

	/** Deletes the snapshot and empties the journal. */
	void clear() throws IOException {
		Files.deleteIfExists(this.snapshot);
		openJournal(true);
	}

	private void openJournal(boolean truncate) throws IOException {
		closeQuietly();
		this.channel = truncate
				? FileChannel.open(this.journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)
				: FileChannel.open(this.journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.APPEND);
		if (!truncate) {
			this.channel.position(this.channel.size());
		}
		this.out = Channels.newOutputStream(this.channel);
		this.journalBytes = this.channel.size();
		if (truncate) {
			this.channel.force(true);
		}
	}

	private void closeQuietly() {
		if (this.channel != null) {
			try {
				this.channel.close();
			}
			catch (IOException ex) {
				LOG.log(Level.WARNING, "Could not close the emulator journal", ex);
			}
		}
	}

	@Override
	public void close() {
		closeQuietly();
		try {
			this.lock.release();
			this.lockChannel.close();
		}
		catch (IOException ex) {
			LOG.log(Level.WARNING, "Could not release the emulator data directory lock", ex);
		}
	}

}
