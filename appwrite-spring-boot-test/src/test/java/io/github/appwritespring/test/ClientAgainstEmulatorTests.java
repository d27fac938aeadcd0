package io.github.appwritespring.test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;
import io.github.appwritespring.client.service.TablesDb;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our client against the emulator over loopback HTTP: the everyday TablesDB calls, as the
 * API key and as two signed-in users.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class ClientAgainstEmulatorTests {

	private AppwriteClient admin;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.admin = EmulatorClients.admin(emulator);
		TablesDb db = this.admin.tablesDb();
		db.create("main", "Main", null);
		db.createTable("main", "notes", "Notes", List.of(Permission.create(Role.users())), true, null);
		db.createStringColumn("main", "notes", "title", 100, true, null, null);
		db.createIntegerColumn("main", "notes", "words", false, 0L, null, 0L, null);
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void usersOwnTheirRowsAndShareThemExplicitly() {
		AppwriteClient alice = EmulatorClients.signIn(this.admin, "alice@example.com");
		AppwriteClient bob = EmulatorClients.signIn(this.admin, "bob@example.com");
		String aliceId = alice.account().get().id();
		Row<Note> note = alice.tablesDb()
			.createRow("main", "notes", ID.unique(), new Note("Hello", 1), null, Note.class);
		assertThat(note.data()).isEqualTo(new Note("Hello", 1));
		assertThat(note.permissions()).contains(Permission.read(Role.user(aliceId)));

		assertThatThrownBy(() -> bob.tablesDb().getRow("main", "notes", note.id(), null, Note.class))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getType()).isEqualTo("row_not_found"));
		assertThat(bob.tablesDb().listRows("main", "notes", null, Note.class).total()).isZero();

		String bobId = bob.account().get().id();
		List<String> shared = List.of(Permission.read(Role.user(aliceId)), Permission.write(Role.user(aliceId)),
				Permission.read(Role.user(bobId)));
		// as in Appwrite, a user may only grant roles they hold: sharing with another
		// user takes the API key
		assertThatThrownBy(() -> alice.tablesDb().updateRow("main", "notes", note.id(), null, shared, Note.class))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getType()).isEqualTo("user_unauthorized"));
		this.admin.tablesDb().updateRow("main", "notes", note.id(), null, shared, Note.class);
		assertThat(bob.tablesDb().getRow("main", "notes", note.id(), null, Note.class).data().title())
			.isEqualTo("Hello");
		assertThatThrownBy(() -> bob.tablesDb().deleteRow("main", "notes", note.id())).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class, (ex) -> assertThat(ex.getStatus()).isEqualTo(401));
		alice.tablesDb().deleteRow("main", "notes", note.id());
	}

	@Test
	void queriesAndPagingOverManyRows() {
		for (int i = 0; i < 130; i++) {
			this.admin.tablesDb().createRow("main", "notes", "n" + i, Map.of("title", "Note " + i, "words", i), null);
		}
		RowList<Note> page = this.admin.tablesDb()
			.listRows("main", "notes",
					List.of(Query.greaterThanEqual("words", 100), Query.orderDesc("words"), Query.limit(5)),
					Note.class);
		assertThat(page.total()).isEqualTo(30);
		assertThat(page.rows()).extracting((row) -> row.data().words()).containsExactly(129L, 128L, 127L, 126L, 125L);
		try (Stream<Row<Note>> all = this.admin.tablesDb().listAllRows("main", "notes", null, Note.class)) {
			assertThat(all.count()).isEqualTo(130);
		}
		assertThat(this.admin.tablesDb().deleteRows("main", "notes", List.of(Query.lessThan("words", 30))).total())
			.isEqualTo(30);
		assertThat(this.admin.tablesDb().listRows("main", "notes", null).total()).isEqualTo(100);
	}

	@Test
	void invalidDataIsAClearError() {
		assertThatThrownBy(() -> this.admin.tablesDb()
			.createRow("main", "notes", ID.unique(), Map.of("title", "x", "words", "many"), null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
				assertThat(ex.getStatus()).isEqualTo(400);
				assertThat(ex.getType()).isEqualTo("row_invalid_structure");
				assertThat(ex.getAppwriteMessage()).contains("words");
			});
	}

	record Note(String title, long words) {
	}

}
