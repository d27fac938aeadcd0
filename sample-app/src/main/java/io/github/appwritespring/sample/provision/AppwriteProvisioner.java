package io.github.appwritespring.sample.provision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.BucketOptions;
import io.github.appwritespring.client.service.TablesDb;
import io.github.appwritespring.sample.SampleProperties;
import io.github.appwritespring.sample.notes.NoteLimits;

/**
 * Creates what the app needs in Appwrite when it starts, if missing: the database, the
 * {@code notes} table with its columns and index, and the {@code attachments} bucket.
 * Safe to run again (against the emulator or a real Appwrite 1.8+): what exists is left
 * as it is.
 */
@Component
public class AppwriteProvisioner implements ApplicationRunner {

	private static final Duration COLUMNS_TIMEOUT = Duration.ofSeconds(60);

	private static final Log logger = LogFactory.getLog(AppwriteProvisioner.class);

	private final AppwriteClient admin;

	private final SampleProperties properties;

	/**
	 * Creates a new {@code AppwriteProvisioner}.
	 * @param admin the admin client
	 * @param properties where the data lives
	 */
	public AppwriteProvisioner(AppwriteClient admin, SampleProperties properties) {
		this.admin = admin;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		provision();
	}

	/** Creates whatever of the database, table, columns, index and bucket is missing. */
	public void provision() {
		List<String> created = new ArrayList<>();
		TablesDb db = this.admin.tablesDb();
		String database = this.properties.databaseId();
		String table = this.properties.notesTableId();
		ifMissing(created, "database " + database, () -> db.create(database, "Sample", null));
		// any signed-in user may create rows; row security then keeps each row to the
		// roles on it
		ifMissing(created, "table " + table,
				() -> db.createTable(database, table, "Notes", List.of(Permission.create(Role.users())), true, null));
		ifMissing(created, "column title",
				() -> db.createStringColumn(database, table, "title", NoteLimits.TITLE, true, null, null));
		ifMissing(created, "column body",
				() -> db.createStringColumn(database, table, "body", NoteLimits.BODY, false, null, null));
		ifMissing(created, "column ownerId",
				() -> db.createStringColumn(database, table, "ownerId", 36, true, null, null));
		ifMissing(created, "column ownerName",
				() -> db.createStringColumn(database, table, "ownerName", 128, false, null, null));
		ifMissing(created, "column attachmentIds",
				() -> db.createStringColumn(database, table, "attachmentIds", 36, false, null, true));
		ifMissing(created, "column sharedWith",
				() -> db.createStringColumn(database, table, "sharedWith", 254, false, null, true));
		awaitColumns(db, database, table);
		ifMissing(created, "index by_owner",
				() -> db.createIndex(database, table, "by_owner", "key", List.of("ownerId"), null, null));
		String bucket = this.properties.bucketId();
		ifMissing(created, "bucket " + bucket,
				() -> this.admin.storage()
					.createBucket(bucket, "Attachments",
							BucketOptions.defaults()
								.withPermissions(List.of(Permission.create(Role.users())))
								.withFileSecurity(true)
								.withMaximumFileSize(this.properties.maxAttachmentSize().toBytes())));
		if (!created.isEmpty()) {
			logger.info("Created in Appwrite: " + String.join(", ", created));
		}
	}

	/**
	 * Real Appwrite creates columns in the background; an index needs them
	 * {@code available}.
	 */
	private static void awaitColumns(TablesDb db, String database, String table) {
		long deadline = System.nanoTime() + COLUMNS_TIMEOUT.toNanos();
		while (db.listColumns(database, table, null)
			.columns()
			.stream()
			.anyMatch((c) -> !"available".equals(c.status()))) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The columns of table " + table + " did not become available within "
						+ COLUMNS_TIMEOUT.toSeconds() + " s; see their status in the Appwrite console");
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the columns of table " + table, ex);
			}
		}
	}

	/**
	 * Runs a create call; Appwrite's 409 means it already exists, which is what we want.
	 */
	private static void ifMissing(List<String> created, String what, Supplier<?> create) {
		try {
			create.get();
			created.add(what);
		}
		catch (AppwriteErrorResponseException ex) {
			if (ex.getStatus() != 409) {
				throw ex;
			}
		}
	}

}
