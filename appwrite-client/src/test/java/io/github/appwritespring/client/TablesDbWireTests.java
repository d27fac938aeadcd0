package io.github.appwritespring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.model.Column;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;
import io.github.appwritespring.client.model.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TablesDbWireTests extends ServiceWireTests {

	private static final String ROW = """
			{"$id":"n1","$sequence":7,"$tableId":"notes","$databaseId":"main",
			"$createdAt":"2025-01-01T10:00:00.000+00:00","$updatedAt":"2025-01-02T10:00:00.000+00:00",
			"$permissions":["read(\\"user:alice\\")"],"title":"Hello","words":2,"tags":["a","b"]}""";

	private static final String TABLE = """
			{"$id":"notes","$createdAt":"2025-01-01T10:00:00.000+00:00","$updatedAt":"2025-01-01T10:00:00.000+00:00",
			"$permissions":["create(\\"users\\")"],"databaseId":"main","name":"Notes","enabled":true,
			"rowSecurity":true,"columns":[{"key":"title","type":"string","status":"available","error":"",
			"required":true,"array":false,"size":255,"default":null}],"indexes":[]}""";

	@Test
	void createRowSendsDataAndPermissionsAndMapsTheAnswerToTheCallersType() throws Exception {
		this.server.enqueue(Reply.json(201, ROW));
		Row<Note> row = this.admin.withSession("s")
			.tablesDb()
			.createRow("main", "notes", "n1", new Note("Hello", 2, List.of("a", "b")),
					List.of(Permission.read(Role.user("alice"))), Note.class);
		Recorded request = this.server.take();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows");
		assertThat(request.bodyText()).isEqualTo("{\"rowId\":\"n1\",\"data\":{\"title\":\"Hello\",\"words\":2,"
				+ "\"tags\":[\"a\",\"b\"]},\"permissions\":[\"read(\\\"user:alice\\\")\"]}");
		assertThat(row.id()).isEqualTo("n1");
		assertThat(row.sequence()).isEqualTo(7);
		assertThat(row.tableId()).isEqualTo("notes");
		assertThat(row.databaseId()).isEqualTo("main");
		assertThat(row.permissions()).containsExactly("read(\"user:alice\")");
		assertThat(row.data()).isEqualTo(new Note("Hello", 2, List.of("a", "b")));
	}

	@Test
	void rowsCanStayMaps() throws Exception {
		this.server.enqueue(Reply.json(200, "{\"total\":1,\"rows\":[" + ROW + "]}"));
		RowList<Map<String, Object>> rows = this.admin.tablesDb()
			.listRows("main", "notes", List.of(Query.orderDesc("$createdAt"), Query.limit(10)));
		Recorded request = this.server.take();
		assertThat(request.path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows");
		assertThat(request.queryValues("queries[]")).containsExactly(Query.orderDesc("$createdAt"), Query.limit(10));
		assertThat(rows.total()).isEqualTo(1);
		assertThat(rows.rows().get(0).data()).containsEntry("title", "Hello").doesNotContainKey("$id");
	}

	@Test
	void getUpdateUpsertDeleteRow() throws Exception {
		this.server.enqueue(Reply.json(200, ROW));
		this.admin.tablesDb().getRow("main", "notes", "n1", List.of(Query.select(List.of("title"))), Note.class);
		Recorded get = this.server.take();
		assertThat(get.path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows/n1");
		assertThat(get.queryValues("queries[]")).containsExactly(Query.select(List.of("title")));

		this.server.enqueue(Reply.json(200, ROW));
		this.admin.tablesDb().updateRow("main", "notes", "n1", Map.of("title", "Hi"), null, Note.class);
		Recorded update = this.server.take();
		assertThat(update.method()).isEqualTo("PATCH");
		assertThat(update.bodyText()).isEqualTo("{\"data\":{\"title\":\"Hi\"}}");

		this.server.enqueue(Reply.json(201, ROW));
		this.admin.tablesDb().upsertRow("main", "notes", "n1", Map.of("title", "Hi"), List.of(), Note.class);
		Recorded upsert = this.server.take();
		assertThat(upsert.method()).isEqualTo("PUT");
		assertThat(upsert.bodyText()).isEqualTo("{\"data\":{\"title\":\"Hi\"},\"permissions\":[]}");

		this.server.enqueue(Reply.empty(204));
		this.admin.tablesDb().deleteRow("main", "notes", "n1");
		Recorded delete = this.server.take();
		assertThat(delete.method()).isEqualTo("DELETE");
		assertThat(delete.path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows/n1");
	}

	@Test
	void bulkCallsCarryQueriesAsStringsInTheBody() throws Exception {
		this.server.enqueue(Reply.json(201, "{\"total\":1,\"rows\":[" + ROW + "]}"));
		RowList<Note> created = this.admin.tablesDb()
			.createRows("main", "notes", List.of(Map.of("$id", "n1", "title", "Hello", "words", 2)), Note.class);
		assertThat(created.rows()).hasSize(1);
		assertThat(this.server.take().bodyText()).startsWith("{\"rows\":[{");

		this.server.enqueue(Reply.json(200, "{\"total\":0,\"rows\":[]}"));
		this.admin.tablesDb()
			.updateRows("main", "notes", Map.of("words", 0), List.of(Query.equal("title", "x")), Note.class);
		Recorded update = this.server.take();
		assertThat(update.method()).isEqualTo("PATCH");
		assertThat(update.path()).isEqualTo("/v1/tablesdb/main/tables/notes/rows");
		assertThat(update.bodyText()).isEqualTo("{\"data\":{\"words\":0},\"queries\":["
				+ "\"{\\\"method\\\":\\\"equal\\\",\\\"attribute\\\":\\\"title\\\",\\\"values\\\":[\\\"x\\\"]}\"]}");

		this.server.enqueue(Reply.json(200, "{\"total\":0,\"rows\":[]}"));
		this.admin.tablesDb().deleteRows("main", "notes", List.of(Query.lessThan("words", 1)));
		Recorded delete = this.server.take();
		assertThat(delete.method()).isEqualTo("DELETE");
		assertThat(delete.bodyText()).startsWith("{\"queries\":[\"{");
	}

	@Test
	void databasesTablesColumnsAndIndexes() throws Exception {
		this.server.enqueue(Reply.json(201,
				"{\"$id\":\"main\",\"name\":\"Main\",\"$createdAt\":\"\",\"$updatedAt\":\"\",\"enabled\":true,\"type\":\"tablesdb\"}"));
		assertThat(this.admin.tablesDb().create("main", "Main", null).type()).isEqualTo("tablesdb");
		assertThat(this.server.take().bodyText()).isEqualTo("{\"databaseId\":\"main\",\"name\":\"Main\"}");

		this.server.enqueue(Reply.json(201, TABLE));
		Table table = this.admin.tablesDb()
			.createTable("main", "notes", "Notes", List.of(Permission.create(Role.users())), true, null);
		assertThat(table.rowSecurity()).isTrue();
		assertThat(table.columns()).extracting(Column::key).containsExactly("title");
		Recorded createTable = this.server.take();
		assertThat(createTable.path()).isEqualTo("/v1/tablesdb/main/tables");
		assertThat(createTable.bodyText()).isEqualTo(
				"{\"tableId\":\"notes\",\"name\":\"Notes\",\"permissions\":[\"create(\\\"users\\\")\"],\"rowSecurity\":true}");

		this.server.enqueue(Reply.json(202, "{\"key\":\"title\",\"type\":\"string\",\"status\":\"available\","
				+ "\"error\":\"\",\"required\":true,\"array\":false,\"size\":255,\"default\":null}"));
		Column column = this.admin.tablesDb().createStringColumn("main", "notes", "title", 255, true, null, null);
		assertThat(column.size()).isEqualTo(255);
		Recorded createColumn = this.server.take();
		assertThat(createColumn.path()).isEqualTo("/v1/tablesdb/main/tables/notes/columns/string");
		assertThat(createColumn.bodyText()).isEqualTo("{\"key\":\"title\",\"required\":true,\"size\":255}");

		this.server.enqueue(Reply.json(202, "{\"key\":\"words\",\"type\":\"integer\",\"status\":\"available\","
				+ "\"error\":\"\",\"required\":false,\"min\":0,\"max\":100000,\"default\":0}"));
		this.admin.tablesDb().createIntegerColumn("main", "notes", "words", false, 0L, 100_000L, 0L, null);
		assertThat(this.server.take().bodyText())
			.isEqualTo("{\"key\":\"words\",\"required\":false,\"default\":0,\"min\":0,\"max\":100000}");

		this.server.enqueue(Reply.json(202, "{\"key\":\"kind\",\"type\":\"string\",\"format\":\"enum\","
				+ "\"status\":\"available\",\"error\":\"\",\"required\":false,\"elements\":[\"a\",\"b\"]}"));
		assertThat(this.admin.tablesDb()
			.createEnumColumn("main", "notes", "kind", List.of("a", "b"), false, "a", null)
			.elements()).containsExactly("a", "b");
		assertThat(this.server.take().path()).endsWith("/columns/enum");

		this.server.enqueue(Reply.json(202, "{\"key\":\"by_title\",\"type\":\"unique\",\"status\":\"available\","
				+ "\"error\":\"\",\"columns\":[\"title\"],\"lengths\":[],\"orders\":[\"ASC\"]}"));
		this.admin.tablesDb()
			.createIndex("main", "notes", "by_title", "unique", List.of("title"), List.of("ASC"), null);
		Recorded index = this.server.take();
		assertThat(index.path()).isEqualTo("/v1/tablesdb/main/tables/notes/indexes");
		assertThat(index.bodyText())
			.isEqualTo("{\"key\":\"by_title\",\"type\":\"unique\",\"columns\":[\"title\"],\"orders\":[\"ASC\"]}");

		this.server.enqueue(Reply.empty(204));
		this.admin.tablesDb().deleteColumn("main", "notes", "words");
		assertThat(this.server.take().path()).isEqualTo("/v1/tablesdb/main/tables/notes/columns/words");
	}

	@Test
	void listAllRowsWalksPagesWithCursors() throws Exception {
		StringBuilder page = new StringBuilder("{\"total\":101,\"rows\":[");
		for (int i = 0; i < 100; i++) {
			page.append((i > 0) ? "," : "").append(ROW.replace("\"n1\"", "\"r" + i + "\""));
		}
		this.server.enqueue(Reply.json(200, page.append("]}").toString()));
		this.server.enqueue(Reply.json(200, "{\"total\":101,\"rows\":[" + ROW + "]}"));
		List<Row<Note>> rows;
		try (var stream = this.admin.tablesDb().listAllRows("main", "notes", null, Note.class)) {
			rows = stream.toList();
		}
		assertThat(rows).hasSize(101);
		this.server.take();
		assertThat(this.server.take().queryValues("queries[]")).contains(Query.cursorAfter("r99"));
	}

	@Test
	void errorsAndBadArguments() {
		this.server.enqueue(
				Reply.json(404, Fixtures.error(404, "row_not_found", "Row with the requested ID could not be found.")));
		assertThatThrownBy(() -> this.admin.tablesDb().getRow("main", "notes", "nope"))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
				assertThat(ex.getType()).isEqualTo("row_not_found");
				assertThat(ex.getPath()).isEqualTo("/tablesdb/main/tables/notes/rows/nope");
			});
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.tablesDb().createRow("main", "notes", "_bad", Map.of(), null))
			.withMessageContaining("'rowId'");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> this.admin.tablesDb().createIndex("main", "notes", "k", "btree", List.of("a"), null, null))
			.withMessageContaining("'type'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.admin.tablesDb().listRows(" ", "notes", null))
			.withMessageContaining("'databaseId'");
	}

	@Test
	void rowThatDoesNotMapToTheTypeIsAClearError() {
		this.server.enqueue(Reply.json(200, ROW.replace("\"words\":2", "\"words\":\"many\"")));
		assertThatThrownBy(() -> this.admin.tablesDb().getRow("main", "notes", "n1", null, Note.class))
			.isInstanceOf(AppwriteUnreadableResponseException.class)
			.hasMessageContaining("n1")
			.hasMessageContaining(Note.class.getName());
	}

	record Note(String title, int words, List<String> tags) {
	}

}
