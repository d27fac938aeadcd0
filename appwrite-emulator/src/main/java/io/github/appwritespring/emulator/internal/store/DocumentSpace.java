package io.github.appwritespring.emulator.internal.store;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * The reads and writes of documents that feature code can run either on the store itself
 * or on {@link StagedDocuments}, a set of pending writes over it (a bulk write that must
 * apply entirely or not at all, a transaction's view of the data).
 */
public interface DocumentSpace {

	/** A copy of the document, or empty. */
	Optional<ObjectNode> get(String collection, String id);

	/** Whether the document exists. */
	boolean exists(String collection, String id);

	/** Copies of all documents of a collection in insertion order. */
	List<ObjectNode> list(String collection);

	/**
	 * Copies of the documents whose {@code field} is the string {@code value} (or an
	 * array containing it), in insertion order.
	 */
	List<ObjectNode> findBy(String collection, String field, String value);

	/** Inserts or replaces a document. */
	void put(String collection, String id, ObjectNode document);

	/** Deletes a document; returns whether it existed. */
	boolean delete(String collection, String id);

}
