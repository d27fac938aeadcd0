package io.github.appwritespring.emulator.internal.tablesdb;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.store.DocumentStore;
import io.github.appwritespring.emulator.internal.store.StagedDocuments;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * TablesDB transactions as Appwrite 1.8 keeps them: a transaction holds a log of staged
 * row operations, checked when staged against the transaction's own view (the data with
 * its earlier operations applied) and invisible to everyone else. Commit replays the log
 * on the current data under the store's write lock and applies all of it or nothing: a
 * row changed by someone else after an operation on it was staged is 409
 * {@code transaction_conflict} and the transaction ends {@code failed}. Rollback ends it
 * {@code failed} too, as Appwrite 1.8 does.
 */
final class Transactions {

	static final String COLLECTION = "tablesdb.transactions";

	/** Appwrite's {@code APP_LIMIT_DATABASE_TRANSACTION}. */
	static final int MAX_OPERATIONS = 100;

	private final EmulatorContext context;

	private final RowOperations operations;

	Transactions(EmulatorContext context, RowOperations operations) {
		this.context = context;
		this.operations = operations;
	}

	private DocumentStore store() {
		return this.context.store();
	}

	/** The transaction the caller may see (the API key sees all), else 404. */
	ObjectNode get(Caller caller, String id) {
		ObjectNode transaction = store().get(COLLECTION, id).orElse(null);
		if (transaction == null || !visibleTo(caller, transaction)) {
			throw ApiException.notFound("transaction_not_found",
					"Transaction with the requested ID could not be found.");
		}
		return transaction;
	}

	static boolean visibleTo(Caller caller, JsonNode transaction) {
		return caller.isKey() || Objects.equals(caller.userId(), transaction.path("_userId").asString(null));
	}

	/** The transaction, pending and not expired, else Appwrite's errors. */
	ObjectNode pending(Caller caller, String id) {
		ObjectNode transaction = get(caller, id);
		if (!transaction.path("status").asString().equals("pending")) {
			throw ApiException.badRequest("Invalid or non\u2011pending transaction");
		}
		Instant expires = AppwriteDates.parse(transaction.path("expiresAt").asString()).orElse(Instant.EPOCH);
		if (this.context.now().isAfter(expires)) {
			throw new ApiException("transaction_expired", 410, "The transaction has expired.");
		}
		return transaction;
	}

	/**
	 * The data as the transaction sees it: the store with the transaction's operations
	 * applied (an operation that no longer applies is left out; commit will refuse it).
	 */
	StagedDocuments view(ObjectNode transaction) {
		StagedDocuments view = new StagedDocuments(store());
		for (JsonNode logged : transaction.path("_log")) {
			StagedDocuments attempt = new StagedDocuments(view);
			try {
				this.operations.apply(attempt, RowOperation.fromJson(logged), Caller.apiKey(), null);
				attempt.applyTo(view);
			}
			catch (ApiException ex) {
				// the operation no longer applies to the current data: commit reports it
			}
		}
		return view;
	}

	/**
	 * Checks and stages operations for the caller; answers the result of the last one on
	 * the transaction's view and the updated transaction.
	 */
	Staged stage(Caller caller, String transactionId, List<RowOperation> staged) {
		return store().write(() -> {
			ObjectNode transaction = pending(caller, transactionId);
			long existing = transaction.path("operations").asLong();
			if (existing + staged.size() > MAX_OPERATIONS) {
				throw new ApiException("transaction_limit_exceeded", 400, "Transaction already has " + existing
						+ " operations, adding " + staged.size() + " would exceed the maximum of " + MAX_OPERATIONS);
			}
			StagedDocuments view = view(transaction);
			String now = AppwriteDates.format(this.context.now());
			ArrayNode log = (ArrayNode) transaction.path("_log");
			JsonNode result = Json.object();
			for (RowOperation operation : staged) {
				result = this.operations.apply(view, operation, caller, null);
				log.add(operation.toJson(now));
			}
			transaction.put("operations", existing + staged.size());
			transaction.put("$updatedAt", now);
			store().put(COLLECTION, transactionId, transaction);
			return new Staged(result, model(transaction));
		});
	}

	/** Commits: all operations or none; the transaction ends committed or failed. */
	ObjectNode commit(Caller caller, String transactionId) {
		return store().write(() -> {
			ObjectNode transaction = pending(caller, transactionId);
			StagedDocuments commit = new StagedDocuments(store());
			Set<String> touched = new HashSet<>();
			try {
				for (JsonNode logged : transaction.path("_log")) {
					RowOperations.Conflicts conflicts = new RowOperations.Conflicts(logged.path("stagedAt").asString(),
							touched);
					try {
						this.operations.apply(commit, RowOperation.fromJson(logged), Caller.apiKey(), conflicts);
					}
					catch (ApiException ex) {
						if (ex.type().equals("row_already_exists")) {
							throw conflicts.conflict();
						}
						throw ex;
					}
				}
			}
			catch (ApiException ex) {
				end(transaction, "failed");
				throw ex;
			}
			commit.applyTo(store());
			return end(transaction, "committed");
		});
	}

	ObjectNode rollback(Caller caller, String transactionId) {
		return store().write(() -> end(pending(caller, transactionId), "failed"));
	}

	private ObjectNode end(ObjectNode transaction, String status) {
		transaction.put("status", status);
		transaction.put("$updatedAt", AppwriteDates.format(this.context.now()));
		store().put(COLLECTION, transaction.path("$id").asString(), transaction);
		return model(transaction);
	}

	/** The Transaction model: internal fields left out. */
	static ObjectNode model(ObjectNode transaction) {
		ObjectNode model = Json.object();
		for (String field : List.of("$id", "$createdAt", "$updatedAt", "status", "operations", "expiresAt")) {
			model.set(field, transaction.get(field));
		}
		return model;
	}

	/** What staging answers. */
	record Staged(JsonNode result, ObjectNode transaction) {
	}

}
