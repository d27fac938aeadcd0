package io.github.appwritespring.emulator.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * Named collections of JSON documents keyed by ID, e.g. {@code users}, {@code sessions}
 * or {@code rows:<databaseId>:<tableId>}; feature code names its own collections.
 *
 * <p>
 * <b>Concurrency.</b> Every write takes one store-wide lock; wrap a check-then-write
 * sequence in {@link #write(Supplier)} so no other writer runs in between (the lock is
 * re-entrant). Reads share a read lock that no write block holds, so a read sees a
 * block's writes (a transaction's commit, a bulk write) all or none; reads inside a write
 * block see that block's own writes. Validate before writing: a failure half-way through
 * a {@code write} block does not undo the writes already made.
 *
 * <p>
 * <b>Copies.</b> Documents are copied on the way in and on the way out, so callers may
 * change what they get without affecting the store.
 *
 * <p>
 * <b>Persistence.</b> In memory only, or (with a data directory) every write is appended
 * to a journal before the call returns and replayed on the next start; {@link #close()}
 * compacts it into a snapshot. See {@link Journal}.
 *
 * <p>
 * <b>Secondary indexes.</b> {@link #index(String, String)} declares a lookup by a string
 * field (or each string of an array field) for {@link #findBy}; without an index,
 * {@code findBy} scans.
 */
public final class DocumentStore implements DocumentSpace, AutoCloseable {

	private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());

	private static final long COMPACT_AFTER_BYTES = 64L * 1024 * 1024;

	private final Map<String, Map<String, Stored>> collections = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Map<String, Set<String>>>> indexes = new ConcurrentHashMap<>();

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final @Nullable Journal journal;

	private long nextSequence = 1;

	private DocumentStore(@Nullable Journal journal) {
		this.journal = journal;
	}

	/** A store kept in memory only. */
	public static DocumentStore inMemory() {
		return new DocumentStore(null);
	}

	/**
	 * A store persisted in {@code dir}: existing data is replayed now.
	 * @param fsync force every journal write to the disk (survives power loss, slower);
	 * without it writes reach the OS before returning, which survives a killed process
	 */
	public static DocumentStore open(Path dir, boolean fsync) throws IOException {
		Journal journal = new Journal(dir, fsync);
		DocumentStore store = new DocumentStore(journal);
		journal.replay(store::apply);
		return store;
	}

	// ---------------------------------------------------------------- reads

	/** A copy of the document, or empty. */
	@Override
	public Optional<ObjectNode> get(String collection, String id) {
		return read(() -> {
			Stored stored = collection(collection).get(id);
			return (stored != null) ? Optional.of(stored.document().deepCopy()) : Optional.empty();
		});
	}

	/** Whether the document exists. */
	@Override
	public boolean exists(String collection, String id) {
		return read(() -> collection(collection).containsKey(id));
	}

	/**
	 * Copies of all documents of a collection in insertion order (a replaced document
	 * keeps its place).
	 */
	@Override
	public List<ObjectNode> list(String collection) {
		return read(() -> {
			List<Stored> stored = new ArrayList<>(collection(collection).values());
			stored.sort(Comparator.comparingLong(Stored::sequence));
			List<ObjectNode> copies = new ArrayList<>(stored.size());
			for (Stored s : stored) {
				copies.add(s.document().deepCopy());
			}
			return copies;
		});
	}

	/** Number of documents in a collection. */
	public int count(String collection) {
		return read(() -> collection(collection).size());
	}

	/** Names of the collections that hold at least one document. */
	public Set<String> collectionNames() {
		return read(() -> {
			Set<String> names = new TreeSet<>();
			this.collections.forEach((name, docs) -> {
				if (!docs.isEmpty()) {
					names.add(name);
				}
			});
			return names;
		});
	}

	/**
	 * Copies of the documents whose {@code field} is the string {@code value} (or is an
	 * array containing it), in insertion order. Uses the index declared with
	 * {@link #index} if any.
	 */
	@Override
	public List<ObjectNode> findBy(String collection, String field, String value) {
		return read(() -> findUnlocked(collection, field, value));
	}

	private List<ObjectNode> findUnlocked(String collection, String field, String value) {
		Map<String, Set<String>> index = this.indexes.getOrDefault(collection, Map.of()).get(field);
		if (index == null) {
			List<ObjectNode> matches = new ArrayList<>();
			for (ObjectNode doc : list(collection)) {
				if (fieldValues(doc, field).contains(value)) {
					matches.add(doc);
				}
			}
			return matches;
		}
		Map<String, Stored> docs = collection(collection);
		List<Stored> stored = new ArrayList<>();
		for (String id : index.getOrDefault(value, Set.of())) {
			Stored s = docs.get(id);
			if (s != null && fieldValues(s.document(), field).contains(value)) {
				stored.add(s);
			}
		}
		stored.sort(Comparator.comparingLong(Stored::sequence));
		return stored.stream().map((s) -> s.document().deepCopy()).toList();
	}

	// ---------------------------------------------------------------- writes

	/**
	 * Runs {@code action} holding the store's single write lock: no other write happens
	 * in between, so a check followed by a write is atomic. Reads by other threads
	 * continue meanwhile.
	 */
	public <T> T write(Supplier<T> action) {
		this.lock.writeLock().lock();
		try {
			return action.get();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Runs a read while no write block runs: a read sees the writes of a block all or
	 * none, as a database's readers see a committed transaction.
	 */
	private <T> T read(Supplier<T> action) {
		this.lock.readLock().lock();
		try {
			return action.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Like {@link #write(Supplier)} without a result. */
	public void write(Runnable action) {
		write(() -> {
			action.run();
			return null;
		});
	}

	/**
	 * Inserts or replaces a document (a copy of {@code document} is stored). Journaled
	 * before returning.
	 */
	@Override
	public void put(String collection, String id, ObjectNode document) {
		write(() -> {
			ObjectNode record = Json.object();
			record.put("op", "put");
			record.put("c", collection);
			record.put("id", id);
			record.set("doc", document.deepCopy());
			commit(record);
		});
	}

	/** Deletes a document; returns whether it existed. Journaled before returning. */
	@Override
	public boolean delete(String collection, String id) {
		return write(() -> {
			if (!exists(collection, id)) {
				return false;
			}
			ObjectNode record = Json.object();
			record.put("op", "del");
			record.put("c", collection);
			record.put("id", id);
			commit(record);
			return true;
		});
	}

	/**
	 * Puts ({@code document} non-null) and deletes as one journal record, so that after a
	 * crash all of them or none are back. Used by {@link StagedDocuments#applyTo}.
	 */
	void writeAll(List<Map.Entry<String, Map.Entry<String, @Nullable ObjectNode>>> changes) {
		write(() -> {
			if (changes.isEmpty()) {
				return;
			}
			ObjectNode batch = Json.object();
			batch.put("op", "batch");
			var ops = batch.putArray("ops");
			for (Map.Entry<String, Map.Entry<String, @Nullable ObjectNode>> change : changes) {
				ObjectNode record = ops.addObject();
				ObjectNode document = change.getValue().getValue();
				record.put("op", (document != null) ? "put" : "del");
				record.put("c", change.getKey());
				record.put("id", change.getValue().getKey());
				if (document != null) {
					record.set("doc", document.deepCopy());
				}
			}
			commit(batch);
		});
	}

	/**
	 * Deletes a whole collection; returns how many documents it held. Journaled before
	 * returning.
	 */
	public int deleteCollection(String collection) {
		return write(() -> {
			int size = count(collection);
			if (size == 0) {
				return 0;
			}
			ObjectNode record = Json.object();
			record.put("op", "drop");
			record.put("c", collection);
			commit(record);
			return size;
		});
	}

	/**
	 * Declares a secondary index on a string (or string-array) field of a collection,
	 * used by {@link #findBy}. Idempotent; existing documents are indexed now.
	 */
	public void index(String collection, String field) {
		write(() -> {
			Map<String, Map<String, Set<String>>> byField = this.indexes.computeIfAbsent(collection,
					(c) -> new ConcurrentHashMap<>());
			if (byField.containsKey(field)) {
				return;
			}
			Map<String, Set<String>> index = new ConcurrentHashMap<>();
			collection(collection)
				.forEach((id, stored) -> addToIndex(index, id, fieldValues(stored.document(), field)));
			byField.put(field, index);
		});
	}

	/** Removes every document (memory and disk). Declared indexes stay declared. */
	public void reset() {
		write(() -> {
			this.collections.clear();
			this.indexes.values().forEach((byField) -> byField.values().forEach(Map::clear));
			if (this.journal != null) {
				try {
					this.journal.clear();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not clear the emulator data directory", ex);
				}
			}
		});
	}

	/**
	 * Writes a snapshot of the current data and empties the journal (no-op in memory).
	 */
	public void compact() {
		write(() -> {
			if (this.journal == null) {
				return;
			}
			try {
				this.journal.compact((sink) -> this.collections.forEach((name, docs) -> {
					List<Map.Entry<String, Stored>> entries = new ArrayList<>(docs.entrySet());
					entries.sort(Comparator.comparingLong((e) -> e.getValue().sequence()));
					for (Map.Entry<String, Stored> entry : entries) {
						ObjectNode record = Json.object();
						record.put("op", "put");
						record.put("c", name);
						record.put("id", entry.getKey());
						record.set("doc", entry.getValue().document());
						sink.accept(record);
					}
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not compact the emulator journal", ex);
			}
		});
	}

	/** Compacts (when persisted) and closes the journal. */
	@Override
	public void close() {
		write(() -> {
			if (this.journal != null) {
				try {
					compact();
				}
				catch (UncheckedIOException ex) {
					LOG.log(Level.WARNING,
							"Could not compact the emulator journal on close; it will be replayed on the next start",
							ex);
				}
				this.journal.close();
			}
		});
	}

	// ---------------------------------------------------------------- internals

	private Map<String, Stored> collection(String name) {
		Map<String, Stored> docs = this.collections.get(name);
		return (docs != null) ? docs : Map.of();
	}

	/**
	 * Journals (when persisted), then applies a write; compacts when the journal has
	 * grown large.
	 */
	private void commit(ObjectNode record) {
		if (this.journal != null) {
			this.journal.append(record);
		}
		apply(record);
		if (this.journal != null && this.journal.journalBytes() > COMPACT_AFTER_BYTES) {
			compact();
		}
	}

	/** Applies a journal record to memory; used for live writes and replay alike. */
	private void apply(ObjectNode record) {
		String op = record.path("op").asString("");
		String name = record.path("c").asString("");
		switch (op) {
			case "put" -> {
				String id = record.path("id").asString("");
				JsonNode doc = record.get("doc");
				if (!(doc instanceof ObjectNode object)) {
					return;
				}
				Map<String, Stored> docs = this.collections.computeIfAbsent(name, (c) -> new ConcurrentHashMap<>());
				Stored previous = docs.get(id);
				long sequence = (previous != null) ? previous.sequence() : this.nextSequence++;
				if (previous != null) {
					unindex(name, id, previous.document());
				}
				docs.put(id, new Stored(sequence, object));
				reindex(name, id, object);
			}
			case "del" -> {
				String id = record.path("id").asString("");
				Map<String, Stored> docs = this.collections.get(name);
				Stored previous = (docs != null) ? docs.remove(id) : null;
				if (previous != null) {
					unindex(name, id, previous.document());
				}
			}
			case "drop" -> {
				this.collections.remove(name);
				Map<String, Map<String, Set<String>>> byField = this.indexes.get(name);
				if (byField != null) {
					byField.values().forEach(Map::clear);
				}
			}
			case "batch" -> record.path("ops").forEach((inner) -> {
				if (inner instanceof ObjectNode innerRecord) {
					apply(innerRecord);
				}
			});
			default -> LOG.warning(() -> "Ignoring an unknown journal operation '" + op + "'");
		}
	}

	private void reindex(String collection, String id, ObjectNode doc) {
		Map<String, Map<String, Set<String>>> byField = this.indexes.get(collection);
		if (byField != null) {
			byField.forEach((field, index) -> addToIndex(index, id, fieldValues(doc, field)));
		}
	}

	private void unindex(String collection, String id, ObjectNode doc) {
		Map<String, Map<String, Set<String>>> byField = this.indexes.get(collection);
		if (byField == null) {
			return;
		}
		byField.forEach((field, index) -> {
			for (String value : fieldValues(doc, field)) {
				Set<String> ids = index.get(value);
				if (ids != null) {
					ids.remove(id);
					if (ids.isEmpty()) {
						index.remove(value);
					}
				}
			}
		});
	}

	private static void addToIndex(Map<String, Set<String>> index, String id, List<String> values) {
		for (String value : values) {
			index.computeIfAbsent(value, (v) -> ConcurrentHashMap.newKeySet()).add(id);
		}
	}

	private static List<String> fieldValues(ObjectNode doc, String field) {
		JsonNode node = doc.get(field);
		if (node == null) {
			return List.of();
		}
		if (node.isString()) {
			return List.of(node.stringValue());
		}
		if (node.isArray()) {
			List<String> values = new ArrayList<>();
			for (JsonNode element : node) {
				if (element.isString()) {
					values.add(element.stringValue());
				}
			}
			return values;
		}
		return List.of();
	}

	private record Stored(long sequence, ObjectNode document) {
	}

}
