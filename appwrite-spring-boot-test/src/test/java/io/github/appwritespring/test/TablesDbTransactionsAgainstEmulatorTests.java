package io.github.appwritespring.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.Transaction;
import io.github.appwritespring.client.service.TablesDb;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our client against the emulator over loopback HTTP: TablesDB transactions (staging,
 * isolation, commit, rollback, conflicts, the operation limit), increments and decrements
 * under concurrent requests, and bulk upserts.
 */
class TablesDbTransactionsAgainstEmulatorTests {

	static final MutableClock CLOCK = new MutableClock();

	@RegisterExtension
	static final AppwriteEmulatorExtension APPWRITE = new AppwriteEmulatorExtension(
			() -> AppwriteEmulator.builder().clock(CLOCK).rateLimits(false));

	private AppwriteClient admin;

	private TablesDb db;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.admin = EmulatorClients.admin(emulator);
		this.db = this.admin.tablesDb();
		this.db.create("main", "Main", null);
		this.db.createTable("main", "stock", "Stock", List.of(Permission.create(Role.users())), true, null);
		this.db.createStringColumn("main", "stock", "name", 50, false, null, null);
		this.db.createIntegerColumn("main", "stock", "count", false, null, null, 0L, null);
		this.db.createFloatColumn("main", "stock", "price", false, null, null, null, null);
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void stagedWritesAreSeenOnlyInsideTheTransactionUntilCommit() {
		this.db.createRow("main", "stock", "apples", Map.of("name", "Apples", "count", 5), null);
		Transaction transaction = this.db.createTransaction(120L);
		assertThat(transaction.status()).isEqualTo("pending");
		assertThat(transaction.operations()).isZero();
		assertThat(Duration.between(Instant.parse(transaction.createdAt().replace("+00:00", "Z")),
				Instant.parse(transaction.expiresAt().replace("+00:00", "Z"))))
			.isEqualTo(Duration.ofSeconds(120));

		var staged = this.db.createRow("main", "stock", "pears", Map.of("name", "Pears"), null, transaction.id(),
				Map.class);
		assertThat(staged.id()).isEqualTo("pears");
		this.db.updateRow("main", "stock", "apples", Map.of("count", 7), null, transaction.id(), Map.class);
		var incremented = this.db.incrementRowColumn("main", "stock", "apples", "count", 3.0, null, transaction.id(),
				Map.class);
		assertThat(incremented.data()).containsEntry("count", 10);

		ClientCalls.assertNotFound(() -> this.db.getRow("main", "stock", "pears"));
		assertThat(this.db.getRow("main", "stock", "apples").data()).containsEntry("count", 5);
		assertThat(this.db.listRows("main", "stock", null).total()).isEqualTo(1);
		assertThat(this.db.getRow("main", "stock", "pears", null, transaction.id(), Map.class).id()).isEqualTo("pears");
		assertThat(this.db.listRows("main", "stock", null, transaction.id(), null, Map.class).total()).isEqualTo(2);
		assertThat(this.db.getTransaction(transaction.id()).operations()).isEqualTo(3);

		Transaction committed = this.db.updateTransaction(transaction.id(), true, null);
		assertThat(committed.status()).isEqualTo("committed");
		assertThat(this.db.getRow("main", "stock", "apples").data()).containsEntry("count", 10);
		assertThat(this.db.getRow("main", "stock", "pears").data()).containsEntry("name", "Pears");
		ClientCalls.assertError(() -> this.db.updateTransaction(transaction.id(), true, null), 400,
				"general_bad_request");
	}

	@Test
	void rollbackDropsEverythingStaged() {
		Transaction transaction = this.db.createTransaction(null);
		this.db.createRow("main", "stock", "plums", Map.of("name", "Plums"), null, transaction.id(), Map.class);
		Transaction rolledBack = this.db.updateTransaction(transaction.id(), null, true);
		assertThat(rolledBack.status()).isEqualTo("failed");
		ClientCalls.assertNotFound(() -> this.db.getRow("main", "stock", "plums"));
		ClientCalls.assertError(() -> this.db.createRow("main", "stock", "figs", Map.of("name", "Figs"), null,
				transaction.id(), Map.class), 400, "general_bad_request");
		ClientCalls.assertError(() -> this.db.updateTransaction(transaction.id(), null, null), 400,
				"general_bad_request");
		this.db.deleteTransaction(transaction.id());
		ClientCalls.assertError(() -> this.db.getTransaction(transaction.id()), 404, "transaction_not_found");
	}

	@Test
	void aCommitAppliesAllOrNothing() {
		Transaction transaction = this.db.createTransaction(null);
		this.db.createRow("main", "stock", "kiwis", Map.of("name", "Kiwis"), null, transaction.id(), Map.class);
		this.db.createRow("main", "stock", "limes", Map.of("name", "Limes"), null);
		this.db.deleteRow("main", "stock", "limes", transaction.id());
		// someone else deletes the row first: the staged delete no longer applies
		this.db.deleteRow("main", "stock", "limes");
		ClientCalls.assertError(() -> this.db.updateTransaction(transaction.id(), true, null), 404, "row_not_found");
		assertThat(this.db.getTransaction(transaction.id()).status()).isEqualTo("failed");
		ClientCalls.assertNotFound(() -> this.db.getRow("main", "stock", "kiwis"));
	}

	@Test
	void ofTwoTransactionsChangingTheSameRowOnlyTheFirstCommitWins() throws Exception {
		this.db.createRow("main", "stock", "apples", Map.of("name", "Apples", "count", 5), null);
		Transaction first = this.db.createTransaction(null);
		Transaction second = this.db.createTransaction(null);
		this.db.updateRow("main", "stock", "apples", Map.of("count", 1), null, first.id(), Map.class);
		this.db.updateRow("main", "stock", "apples", Map.of("count", 2), null, second.id(), Map.class);
		CLOCK.advance(Duration.ofSeconds(1));
		List<Callable<String>> commits = List.of(() -> commit(first), () -> commit(second));
		List<String> outcomes = ClientCalls.runAtOnce(commits);
		assertThat(outcomes).containsExactlyInAnyOrder("committed", "transaction_conflict");
		int winner = outcomes.get(0).equals("committed") ? 1 : 2;
		assertThat(this.db.getRow("main", "stock", "apples").data()).containsEntry("count", winner);
		assertThat(this.db.getTransaction((winner == 1) ? second.id() : first.id()).status()).isEqualTo("failed");
	}

	@Test
	void aTransactionHoldsAtMostOneHundredOperationsEvenUnderConcurrentStaging() throws Exception {
		Transaction transaction = this.db.createTransaction(null);
		List<Callable<String>> batches = new ArrayList<>();
		for (int batch = 0; batch < 10; batch++) {
			List<Map<String, Object>> operations = new ArrayList<>();
			for (int i = 0; i < 15; i++) {
				operations.add(Map.of("action", "create", "databaseId", "main", "tableId", "stock", "rowId",
						"b" + batch + "r" + i, "data", Map.of("name", "n" + i)));
			}
			batches.add(() -> {
				try {
					this.db.createOperations(transaction.id(), operations);
					return "staged";
				}
				catch (AppwriteErrorResponseException ex) {
					return ex.getType();
				}
			});
		}
		List<String> outcomes = ClientCalls.runAtOnce(batches);
		assertThat(outcomes).filteredOn("staged"::equals).hasSize(6);
		assertThat(outcomes).filteredOn("transaction_limit_exceeded"::equals).hasSize(4);
		assertThat(this.db.getTransaction(transaction.id()).operations()).isEqualTo(90);
		assertThat(this.db.updateTransaction(transaction.id(), true, null).status()).isEqualTo("committed");
		assertThat(this.db.listRows("main", "stock", List.of(Query.limit(500))).total()).isEqualTo(90);
	}

	/**
	 * Readers see a commit whole or not at all, as a database transaction's readers do:
	 * commits of fifty rows each while another client lists the table without pause.
	 */
	@Test
	void aCommitIsSeenWholeOrNotAtAll() throws Exception {
		int rows = 50;
		int commits = 30;
		AtomicBoolean done = new AtomicBoolean();
		List<Long> totals = new CopyOnWriteArrayList<>();
		ExecutorService reader = Executors.newSingleThreadExecutor();
		try {
			Future<?> reading = reader.submit(() -> {
				while (!done.get()) {
					totals.add(this.db.listRows("main", "stock", List.of(Query.limit(5000))).total());
				}
			});
			for (int commit = 0; commit < commits; commit++) {
				Transaction transaction = this.db.createTransaction(null);
				List<Map<String, Object>> operations = new ArrayList<>();
				for (int i = 0; i < rows; i++) {
					operations.add(Map.of("action", "create", "databaseId", "main", "tableId", "stock", "rowId",
							"c" + commit + "r" + i, "data", Map.of("name", "n" + i)));
				}
				this.db.createOperations(transaction.id(), operations);
				assertThat(this.db.updateTransaction(transaction.id(), true, null).status()).isEqualTo("committed");
			}
			done.set(true);
			reading.get(60, TimeUnit.SECONDS);
		}
		finally {
			done.set(true);
			reader.shutdownNow();
		}
		assertThat(totals).as("%d reads", totals.size())
			.isNotEmpty()
			.allSatisfy((total) -> assertThat(total % rows).isZero());
		assertThat(this.db.listRows("main", "stock", List.of(Query.limit(5000))).total()).isEqualTo(rows * commits);
	}

	@Test
	void createOperationsStagesEveryKindOfWrite() {
		this.db.createRow("main", "stock", "apples", Map.of("name", "Apples", "count", 5), null);
		this.db.createRow("main", "stock", "old", Map.of("name", "Old"), null);
		Transaction transaction = this.db.createTransaction(null);
		Transaction staged = this.db.createOperations(transaction.id(),
				List.of(Map.of("action", "create", "databaseId", "main", "tableId", "stock", "rowId", "melons", "data",
						Map.of("name", "Melons", "count", 2)),
						Map.of("action", "increment", "databaseId", "main", "tableId", "stock", "rowId", "apples",
								"data", Map.of("column", "count", "value", 4)),
						Map.of("action", "decrement", "databaseId", "main", "tableId", "stock", "rowId", "melons",
								"data", Map.of("column", "count", "value", 1, "min", 0)),
						Map.of("action", "delete", "databaseId", "main", "tableId", "stock", "rowId", "old"),
						Map.of("action", "bulkUpsert", "databaseId", "main", "tableId", "stock", "data",
								List.of(Map.of("$id", "grapes", "name", "Grapes")))));
		assertThat(staged.operations()).isEqualTo(5);
		ClientCalls.assertError(
				() -> this.db.createOperations(transaction.id(), List.of(Map.of("action", "update", "databaseId",
						"main", "tableId", "stock", "rowId", "missing", "data", Map.of("count", 1)))),
				404, "row_not_found");
		ClientCalls.assertError(() -> this.db.createOperations(transaction.id(), List.of()), 400,
				"general_bad_request");
		this.db.updateTransaction(transaction.id(), true, null);
		assertThat(this.db.getRow("main", "stock", "apples").data()).containsEntry("count", 9);
		assertThat(this.db.getRow("main", "stock", "melons").data()).containsEntry("count", 1);
		assertThat(this.db.getRow("main", "stock", "grapes").data()).containsEntry("name", "Grapes");
		ClientCalls.assertNotFound(() -> this.db.getRow("main", "stock", "old"));
	}

	@Test
	void anExpiredTransactionCannotCommit() {
		Transaction transaction = this.db.createTransaction(60L);
		this.db.createRow("main", "stock", "dates", Map.of("name", "Dates"), null, transaction.id(), Map.class);
		CLOCK.advance(Duration.ofSeconds(61));
		ClientCalls.assertError(() -> this.db.updateTransaction(transaction.id(), true, null), 410,
				"transaction_expired");
		ClientCalls.assertError(() -> this.db.createTransaction(30L), 400, "general_argument_invalid");
	}

	@Test
	void usersSeeOnlyTheirOwnTransactions() {
		AppwriteClient alice = EmulatorClients.signIn(this.admin, "alice@example.com");
		AppwriteClient bob = EmulatorClients.signIn(this.admin, "bob@example.com");
		Transaction mine = alice.tablesDb().createTransaction(null);
		var row = alice.tablesDb()
			.createRow("main", "stock", "cherries", Map.of("name", "Cherries"), null, mine.id(), Map.class);
		assertThat(row.permissions()).contains(Permission.read(Role.user(alice.account().get().id())));
		ClientCalls.assertError(() -> bob.tablesDb().getTransaction(mine.id()), 404, "transaction_not_found");
		assertThat(bob.tablesDb().listTransactions().total()).isZero();
		assertThat(alice.tablesDb().listTransactions().total()).isEqualTo(1);
		alice.tablesDb().updateTransaction(mine.id(), true, null);
		assertThat(alice.tablesDb().getRow("main", "stock", "cherries").data()).containsEntry("name", "Cherries");
		ClientCalls.assertNotFound(() -> bob.tablesDb().getRow("main", "stock", "cherries"));
	}

	@Test
	void concurrentIncrementsAreAtomic() throws Exception {
		this.db.createRow("main", "stock", "apples", Map.of("name", "Apples", "count", 0), null);
		List<Callable<String>> increments = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			increments.add(() -> {
				this.db.incrementRowColumn("main", "stock", "apples", "count", 1.0, null, null, Map.class);
				return "ok";
			});
		}
		assertThat(ClientCalls.runAtOnce(increments)).containsOnly("ok");
		assertThat(this.db.getRow("main", "stock", "apples").data()).containsEntry("count", 40);
	}

	@Test
	void boundsHoldUnderConcurrentIncrementsAndDecrements() throws Exception {
		this.db.createRow("main", "stock", "apples", Map.of("name", "Apples", "count", 0), null);
		List<Callable<String>> increments = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			increments.add(() -> ClientCalls.outcome(
					() -> this.db.incrementRowColumn("main", "stock", "apples", "count", 1.0, 10.0, null, Map.class)));
		}
		List<String> outcomes = ClientCalls.runAtOnce(increments);
		assertThat(outcomes).filteredOn("ok"::equals).hasSize(10);
		assertThat(outcomes).filteredOn("column_limit_exceeded"::equals).hasSize(20);
		assertThat(this.db.getRow("main", "stock", "apples").data()).containsEntry("count", 10);

		List<Callable<String>> decrements = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			decrements.add(() -> ClientCalls.outcome(
					() -> this.db.decrementRowColumn("main", "stock", "apples", "count", 2.0, 1.0, null, Map.class)));
		}
		assertThat(ClientCalls.runAtOnce(decrements)).filteredOn("ok"::equals).hasSize(4);
		assertThat(this.db.getRow("main", "stock", "apples").data()).containsEntry("count", 2);
	}

	@Test
	void incrementsCheckTheColumnAndTheAmount() {
		this.db.createRow("main", "stock", "apples", Map.of("name", "Apples", "count", 1, "price", 1.25), null);
		var price = this.db.incrementRowColumn("main", "stock", "apples", "price", 0.5, null, null, Map.class);
		assertThat(price.data()).containsEntry("price", 1.75);
		ClientCalls.assertError(
				() -> this.db.incrementRowColumn("main", "stock", "apples", "name", 1.0, null, null, Map.class), 400,
				"column_type_invalid");
		ClientCalls.assertError(
				() -> this.db.incrementRowColumn("main", "stock", "apples", "missing", 1.0, null, null, Map.class), 404,
				"column_not_found");
		ClientCalls.assertError(
				() -> this.db.incrementRowColumn("main", "stock", "apples", "count", -1.0, null, null, Map.class), 400,
				"general_argument_invalid");
		ClientCalls.assertError(
				() -> this.db.incrementRowColumn("main", "stock", "nope", "count", 1.0, null, null, Map.class), 404,
				"row_not_found");
	}

	@Test
	void upsertRowsCreatesAndReplacesAtomically() {
		this.db.createRow("main", "stock", "apples", Map.of("name", "Apples", "count", 5), null);
		var upserted = this.db.upsertRows("main", "stock",
				List.of(Map.of("$id", "apples", "name", "Green apples"), Map.of("$id", "pears", "name", "Pears")), null,
				Map.class);
		assertThat(upserted.total()).isEqualTo(2);
		assertThat(this.db.getRow("main", "stock", "apples").data()).containsEntry("name", "Green apples")
			.containsEntry("count", 0);
		assertThat(this.db.getRow("main", "stock", "pears").data()).containsEntry("name", "Pears");
		ClientCalls.assertError(() -> this.db.upsertRows("main", "stock",
				List.of(Map.of("$id", "quinces", "name", "Quinces"), Map.of("$id", "bad", "count", "many")), null,
				Map.class), 400, "row_invalid_structure");
		ClientCalls.assertNotFound(() -> this.db.getRow("main", "stock", "quinces"));
	}

	private String commit(Transaction transaction) {
		try {
			return this.db.updateTransaction(transaction.id(), true, null).status();
		}
		catch (AppwriteErrorResponseException ex) {
			return ex.getType();
		}
	}

	/** A clock the tests move forward. */
	static final class MutableClock extends Clock {

		private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

		void advance(Duration duration) {
			this.offset.updateAndGet((current) -> current.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.offset.get());
		}

	}

}
