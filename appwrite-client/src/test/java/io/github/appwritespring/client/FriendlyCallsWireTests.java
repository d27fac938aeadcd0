package io.github.appwritespring.client;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.model.ColumnOptions;
import io.github.appwritespring.client.model.ExecutionRequest;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;
import io.github.appwritespring.client.service.ReactiveTableHandle;
import io.github.appwritespring.client.service.TableHandle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The call style of issue 15: overloads without {@code null}s, option objects for calls
 * with many optional parameters, and a table's typed handle on both faces, each checked
 * on the wire.
 */
class FriendlyCallsWireTests extends ServiceWireTests {

	private static String row(String id, String title, long likes) {
		return "{\"$id\":\"" + id + "\",\"$sequence\":1,\"$tableId\":\"notes\",\"$databaseId\":\"main\","
				+ "\"$createdAt\":\"\",\"$updatedAt\":\"\",\"$permissions\":[],\"title\":\"" + title + "\",\"likes\":"
				+ likes + "}";
	}

	@Test
	void listsNeedNoNulls() throws Exception {
		this.server.otherwise((request) -> Reply.json(200, "{\"total\":0,\"users\":[]}"));
		this.admin.users().list();
		Recorded plain = this.server.take();
		assertThat(plain.path()).isEqualTo("/v1/users");
		assertThat(plain.rawQuery()).isNull();
		this.admin.users().list(List.of(Query.limit(1)));
		assertThat(this.server.take().queryValues("queries[]")).containsExactly(Query.limit(1));
		try (Stream<?> everyone = this.admin.users().listAll()) {
			assertThat(everyone).isEmpty();
		}
		assertThat(this.server.take().queryValues("queries[]")).containsExactly(Query.limit(100));
	}

	@Test
	void aRowAsTheCallersTypeWithoutQueries() throws Exception {
		this.server.enqueue(Reply.json(200, row("n1", "Hello", 2)));
		Row<Note> note = this.admin.tablesDb().getRow("main", "notes", "n1", Note.class);
		assertThat(note.data()).isEqualTo(new Note("Hello", 2));
		Recorded request = this.server.take();
		assertThat(request.path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows/n1");
		assertThat(request.rawQuery()).isNull();
	}

	@Test
	void aTableHandleKeepsTheIdsAndTheType() throws Exception {
		TableHandle<Note> notes = this.admin.withSession("s").tablesDb().table("main", "notes", Note.class);

		this.server.enqueue(Reply.json(201, row("n1", "Hello", 0)));
		Row<Note> created = notes.create(new Note("Hello", 0));
		assertThat(created.data().title()).isEqualTo("Hello");
		Recorded create = this.server.take();
		assertThat(create.method()).isEqualTo("POST");
		assertThat(create.path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows");
		assertThat(create.bodyText())
			.matches("\\{\"rowId\":\"[0-9a-f]{20}\",\"data\":\\{\"title\":\"Hello\",\"likes\":0}}");

		this.server.enqueue(Reply.json(200, row("n1", "Hello", 0)));
		assertThat(notes.get("n1").id()).isEqualTo("n1");
		assertThat(this.server.take().path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows/n1");

		this.server.enqueue(Reply.json(200, "{\"total\":1,\"rows\":[" + row("n1", "Hello", 0) + "]}"));
		RowList<Note> page = notes.list(List.of(Query.orderDesc("$createdAt")));
		assertThat(page.rows()).extracting(Row::data).containsExactly(new Note("Hello", 0));
		assertThat(this.server.take().queryValues("queries[]")).containsExactly(Query.orderDesc("$createdAt"));

		this.server.enqueue(Reply.json(200, "{\"total\":1,\"rows\":[" + row("n1", "Hello", 0) + "]}"));
		try (Stream<Row<Note>> all = notes.listAll()) {
			assertThat(all).hasSize(1);
		}
		assertThat(this.server.take().queryValues("queries[]")).containsExactly(Query.limit(100));

		this.server.enqueue(Reply.json(200, row("n1", "Hi", 0)));
		notes.update("n1", Map.of("title", "Hi"));
		Recorded update = this.server.take();
		assertThat(update.method()).isEqualTo("PATCH");
		assertThat(update.bodyText()).isEqualTo("{\"data\":{\"title\":\"Hi\"}}");

		this.server.enqueue(Reply.json(200, row("n2", "New", 0)));
		notes.upsert("n2", new Note("New", 0));
		Recorded upsert = this.server.take();
		assertThat(upsert.method()).isEqualTo("PUT");
		assertThat(upsert.path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows/n2");

		this.server.enqueue(Reply.json(200, row("n1", "Hi", 1)));
		assertThat(notes.increment("n1", "likes").data().likes()).isEqualTo(1);
		Recorded increment = this.server.take();
		assertThat(increment.path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows/n1/likes/increment");
		assertThat(increment.bodyText()).isEqualTo("{\"value\":1.0}");

		this.server.enqueue(Reply.json(200, row("n1", "Hi", 0)));
		notes.decrement("n1", "likes", 1);
		assertThat(this.server.take().path()).endsWith("/likes/decrement");

		this.server.enqueue(Reply.empty(204));
		notes.delete("n1");
		Recorded delete = this.server.take();
		assertThat(delete.method()).isEqualTo("DELETE");
		assertThat(delete.header("X-Appwrite-Session")).isEqualTo("s");
	}

	@Test
	void aTableHandleInATransactionSendsItsId() throws Exception {
		TableHandle<Note> notes = this.admin.tablesDb().table("main", "notes", Note.class).inTransaction("tx1");
		this.server.enqueue(Reply.json(201, row("n1", "Hello", 0)));
		notes.create("n1", new Note("Hello", 0), null);
		assertThat(this.server.take().bodyText())
			.isEqualTo("{\"rowId\":\"n1\",\"data\":{\"title\":\"Hello\",\"likes\":0},\"transactionId\":\"tx1\"}");
		this.server.enqueue(Reply.json(200, row("n1", "Hello", 0)));
		notes.get("n1");
		assertThat(this.server.take().queryValues("transactionId")).containsExactly("tx1");
		this.server.enqueue(Reply.empty(204));
		notes.delete("n1");
		assertThat(this.server.take().bodyText()).isEqualTo("{\"transactionId\":\"tx1\"}");
	}

	@Test
	void theReactiveHandleIsTheSameTable() throws Exception {
		ReactiveTableHandle<Note> notes = this.admin.reactive().tablesDb().table("main", "notes", Note.class);
		this.server.enqueue(Reply.json(200, row("n1", "Hello", 3)));
		assertThat(notes.get("n1").block().data().likes()).isEqualTo(3);
		assertThat(this.server.take().path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows/n1");
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.tablesDb().table("main", " ", Note.class))
			.withMessageContaining("'tableId'");
		assertThat(this.server.pending()).isZero();
	}

	@Test
	void columnOptionsReplaceTheNulls() throws Exception {
		this.server.otherwise((request) -> Reply.json(202,
				"{\"key\":\"k\",\"type\":\"string\",\"status\":\"processing\",\"required\":false}"));
		this.admin.tablesDb().createStringColumn("main", "notes", "title", 255, ColumnOptions.required());
		Recorded title = this.server.take();
		assertThat(title.path()).isEqualTo("/v1/tablesdb/main/tables/notes/columns/string");
		assertThat(title.bodyText()).isEqualTo("{\"key\":\"title\",\"required\":true,\"size\":255}");

		this.admin.tablesDb()
			.createStringColumn("main", "notes", "tags", 32, ColumnOptions.optional().asArray().encrypted());
		assertThat(this.server.take().bodyText())
			.isEqualTo("{\"key\":\"tags\",\"required\":false,\"array\":true,\"size\":32,\"encrypt\":true}");

		this.admin.tablesDb()
			.createIntegerColumn("main", "notes", "stars", ColumnOptions.optional().withDefault(0).withRange(0, 5));
		assertThat(this.server.take().bodyText())
			.isEqualTo("{\"key\":\"stars\",\"required\":false,\"default\":0,\"min\":0,\"max\":5}");

		assertThatIllegalArgumentException().isThrownBy(() -> ColumnOptions.required().withDefault("x"))
			.withMessageContaining("required");
	}

	@Test
	void anUploadNeedsOnlyTheBucketAndTheContent() throws Exception {
		this.server.enqueue(Reply.json(201, "{\"$id\":\"f1\",\"bucketId\":\"media\",\"name\":\"a.txt\"}"));
		this.admin.storage().createFile("media", InputFile.fromBytes(new byte[] { 1 }, "a.txt", "text/plain"));
		Recorded upload = this.server.take();
		assertThat(upload.path()).isEqualTo("/v1/storage/buckets/media/files");
		assertThat(upload.bodyText()).containsPattern("name=\"fileId\"\\r\\n(?:.*\\r\\n)*?[0-9a-f]{20}\\r\\n")
			.doesNotContain("permissions[]");
	}

	@Test
	void anExecutionRequestIsCheckedWhenBuilt() {
		assertThatIllegalArgumentException().isThrownBy(() -> ExecutionRequest.of("FETCH", "/"))
			.withMessageContaining("'method'");
		assertThatIllegalArgumentException().isThrownBy(() -> ExecutionRequest.post("run"))
			.withMessageContaining("'path'");
		assertThat(ExecutionRequest.get("/a").header("x", "1").inBackground())
			.isEqualTo(new ExecutionRequest("GET", "/a", Map.of("x", "1"), null, true, null));
	}

	record Note(String title, long likes) {
	}

}
