package io.github.appwritespring.emulator.internal.store;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pending writes over another {@link DocumentSpace}: reads see the writes made here,
 * nothing reaches the underlying space until {@link #applyTo(DocumentStore)}. Used to
 * make a bulk write or a transaction's commit all-or-nothing, and to show a transaction
 * its own staged writes. Not thread-safe: one request uses it, holding the store's write
 * lock when it applies it.
 */
public final class StagedDocuments implements DocumentSpace {

	private final DocumentSpace base;

	/** Per collection, the staged documents by ID; {@code null} marks a deletion. */
	private final Map<String, Map<String, @Nullable ObjectNode>> changes = new LinkedHashMap<>();

	public StagedDocuments(DocumentSpace base) {
		this.base = base;
	}

	@Override
	public Optional<ObjectNode> get(String collection, String id) {
		Map<String, @Nullable ObjectNode> staged = this.changes.get(collection);
		if (staged != null && staged.containsKey(id)) {
			ObjectNode document = staged.get(id);
			return (document != null) ? Optional.of(document.deepCopy()) : Optional.empty();
		}
		return this.base.get(collection, id);
	}

	@Override
	public boolean exists(String collection, String id) {
		return get(collection, id).isPresent();
	}

	@Override
	public List<ObjectNode> list(String collection) {
		Map<String, @Nullable ObjectNode> staged = this.changes.get(collection);
		List<ObjectNode> fromBase = this.base.list(collection);
		if (staged == null || staged.isEmpty()) {
			return fromBase;
		}
		List<ObjectNode> merged = new ArrayList<>(fromBase.size() + staged.size());
		for (ObjectNode document : fromBase) {
			String id = document.path("$id").asString();
			ObjectNode replacement = staged.containsKey(id) ? staged.get(id) : document;
			if (replacement != null) {
				merged.add(replacement.deepCopy());
			}
		}
		staged.forEach((id, document) -> {
			if (document != null && !this.base.exists(collection, id)) {
				merged.add(document.deepCopy());
			}
		});
		return merged;
	}

	@Override
	public List<ObjectNode> findBy(String collection, String field, String value) {
		Map<String, @Nullable ObjectNode> staged = this.changes.get(collection);
		if (staged == null || staged.isEmpty()) {
			return this.base.findBy(collection, field, value);
		}
		return list(collection).stream().filter((document) -> matches(document, field, value)).toList();
	}

	@Override
	public void put(String collection, String id, ObjectNode document) {
		this.changes.computeIfAbsent(collection, (c) -> new LinkedHashMap<>()).put(id, document.deepCopy());
	}

	@Override
	public boolean delete(String collection, String id) {
		boolean existed = exists(collection, id);
		this.changes.computeIfAbsent(collection, (c) -> new LinkedHashMap<>()).put(id, null);
		return existed;
	}

	/**
	 * Writes every staged change to {@code target}; to the store as one journal record,
	 * so that after a crash all of it or none is back (hold the store's write lock around
	 * the checks that led here and this call).
	 */
	public void applyTo(DocumentSpace target) {
		if (target instanceof DocumentStore store) {
			List<Map.Entry<String, Map.Entry<String, @Nullable ObjectNode>>> all = new ArrayList<>();
			this.changes.forEach((collection, staged) -> staged
				.forEach((id, document) -> all.add(new SimpleImmutableEntry<>(collection,
						new SimpleImmutableEntry<String, @Nullable ObjectNode>(id, document)))));
			store.writeAll(all);
			return;
		}
		this.changes.forEach((collection, staged) -> staged.forEach((id, document) -> {
			if (document != null) {
				target.put(collection, id, document);
			}
			else {
				target.delete(collection, id);
			}
		}));
	}

	private static boolean matches(ObjectNode document, String field, String value) {
		JsonNode node = document.path(field);
		if (node.isArray()) {
			for (JsonNode element : node) {
				if (element.isString() && element.asString().equals(value)) {
					return true;
				}
			}
			return false;
		}
		return node.isString() && node.asString().equals(value);
	}

}
