package io.github.appwritespring.autoconfigure.security.passkeys;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.model.Column;
import io.github.appwritespring.client.service.TablesDb;

/**
 * The Appwrite table that holds the passkeys, created with its database, columns and
 * index on first use when missing. It has no permissions and no row security, so only the
 * API key reads or writes it: no user, guest or browser ever sees a passkey's row.
 *
 * @since 0.1.0
 */
public final class PasskeyTable {

	private static final Log logger = LogFactory.getLog(PasskeyTable.class);

	static final String CREDENTIAL_ID = "credentialId";

	static final String USER_ID = "userId";

	static final String LABEL = "label";

	static final String PUBLIC_KEY = "publicKey";

	static final String SIGNATURE_COUNT = "signatureCount";

	static final String UV_INITIALIZED = "uvInitialized";

	static final String BACKUP_ELIGIBLE = "backupEligible";

	static final String BACKUP_STATE = "backupState";

	static final String TRANSPORTS = "transports";

	static final String ATTESTATION_OBJECT = "attestationObject";

	static final String CLIENT_DATA_JSON = "attestationClientDataJson";

	static final String CREATED = "created";

	static final String LAST_USED = "lastUsed";

	private static final Duration COLUMNS_WAIT = Duration.ofSeconds(30);

	private final AppwriteClient admin;

	private final String databaseId;

	private final String tableId;

	private final AtomicBoolean ready = new AtomicBoolean();

	/**
	 * Creates a new {@code PasskeyTable}.
	 * @param admin the admin client (API key with the databases and tables scopes)
	 * @param databaseId the database's ID
	 * @param tableId the table's ID
	 */
	public PasskeyTable(AppwriteClient admin, String databaseId, String tableId) {
		this.admin = admin;
		this.databaseId = databaseId;
		this.tableId = tableId;
	}

	/**
	 * Returns the database's ID.
	 * @return the database's ID
	 */
	public String databaseId() {
		return this.databaseId;
	}

	/**
	 * Returns the table's ID.
	 * @return the table's ID
	 */
	public String tableId() {
		return this.tableId;
	}

	/**
	 * Makes sure the table exists with its columns, once per process: what exists is
	 * kept, what is missing is created, so any number of instances may do it at once.
	 * When Appwrite cannot be asked, the next use tries again.
	 */
	public void ensure() {
		if (this.ready.get()) {
			return;
		}
		TablesDb tables = this.admin.tablesDb();
		existing(() -> tables.create(this.databaseId, "Appwrite Spring Boot starter", null));
		existing(() -> tables.createTable(this.databaseId, this.tableId, "Passkeys", List.of(), false, null));
		string(tables, CREDENTIAL_ID, 2048, true);
		string(tables, USER_ID, 64, true);
		string(tables, LABEL, 256, false);
		string(tables, PUBLIC_KEY, 4096, false);
		existing(() -> tables.createIntegerColumn(this.databaseId, this.tableId, SIGNATURE_COUNT, false, 0L, null, 0L,
				null));
		bool(tables, UV_INITIALIZED);
		bool(tables, BACKUP_ELIGIBLE);
		bool(tables, BACKUP_STATE);
		string(tables, TRANSPORTS, 256, false);
		string(tables, ATTESTATION_OBJECT, 16384, false);
		string(tables, CLIENT_DATA_JSON, 4096, false);
		existing(() -> tables.createDatetimeColumn(this.databaseId, this.tableId, CREATED, false, null, null));
		existing(() -> tables.createDatetimeColumn(this.databaseId, this.tableId, LAST_USED, false, null, null));
		awaitColumns(tables);
		existing(() -> tables.createIndex(this.databaseId, this.tableId, "by_user", "key", List.of(USER_ID), null,
				null));
		this.ready.set(true);
	}

	private void string(TablesDb tables, String key, long size, boolean required) {
		existing(() -> tables.createStringColumn(this.databaseId, this.tableId, key, size, required, null, null));
	}

	private void bool(TablesDb tables, String key) {
		existing(() -> tables.createBooleanColumn(this.databaseId, this.tableId, key, false, false, null));
	}

	/** Appwrite makes columns in the background: an index needs them available. */
	private void awaitColumns(TablesDb tables) {
		long deadline = System.nanoTime() + COLUMNS_WAIT.toNanos();
		while (true) {
			List<Column> columns = tables.listColumns(this.databaseId, this.tableId, null).columns();
			if (columns.stream().allMatch((column) -> "available".equals(column.status()))) {
				return;
			}
			if (columns.stream().anyMatch((column) -> "failed".equals(column.status()))
					|| System.nanoTime() > deadline) {
				throw new IllegalStateException("The passkeys table " + this.databaseId + "/" + this.tableId
						+ " has columns that did not become available");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the passkeys table", ex);
			}
		}
	}

	/** Runs a creation; that it exists already (409) is as good. */
	private void existing(Runnable creation) {
		try {
			creation.run();
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() != 409) {
				logger.warn("Could not create the passkeys table " + this.databaseId + "/" + this.tableId + " ("
						+ ex.getType() + "): the API key needs the databases.write and tables.write scopes");
				throw ex;
			}
		}
	}

}
