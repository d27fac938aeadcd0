package io.github.appwritespring.emulator.internal.tablesdb;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class TablesDbRoutesTests {

	private static final String NOTES = "/tablesdb/main/tables/notes";

	private TestHttp key;

	private TestHttp alice;

	private TestHttp bob;

	private String aliceId;

	@BeforeEach
	void schema(AppwriteEmulator emulator) {
		this.key = TestHttp.key(emulator);
		this.aliceId = emulator.seedUser("alice", "alice@example.com", "alice-password", "Alice");
		String bobId = emulator.seedUser("bob", "bob@example.com", "bob-password", "Bob");
		this.alice = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(this.aliceId));
		this.bob = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(bobId));
		assertThat(this.key.post("/tablesdb", "{\"databaseId\":\"main\",\"name\":\"Main\"}").status()).isEqualTo(201);
		assertThat(this.key
			.post("/tablesdb/main/tables",
					"{\"tableId\":\"notes\",\"name\":\"Notes\","
							+ "\"permissions\":[\"create(\\\"users\\\")\"],\"rowSecurity\":true}")
			.status()).isEqualTo(201);
		assertThat(
				this.key.post(NOTES + "/columns/string", "{\"key\":\"title\",\"size\":20,\"required\":true}").status())
			.isEqualTo(202);
		assertThat(this.key
			.post(NOTES + "/columns/integer",
					"{\"key\":\"words\",\"required\":false,\"min\":0,\"max\":1000,\"default\":0}")
			.status()).isEqualTo(202);
		assertThat(this.key
			.post(NOTES + "/columns/enum", "{\"key\":\"kind\",\"elements\":[\"todo\",\"idea\"],\"required\":false}")
			.status()).isEqualTo(202);
		assertThat(this.key.post(NOTES + "/columns/datetime", "{\"key\":\"due\",\"required\":false}").status())
			.isEqualTo(202);
		assertThat(this.key
			.post(NOTES + "/columns/string", "{\"key\":\"tags\",\"size\":10,\"required\":false,\"array\":true}")
			.status()).isEqualTo(202);
		assertThat(
				this.key.post(NOTES + "/indexes", "{\"key\":\"by_title\",\"type\":\"unique\",\"columns\":[\"title\"]}")
					.status())
			.isEqualTo(202);
	}

	@Test
	void sessionUserRowsAreTheirsAlone() {
		TestHttp.Result created = this.alice.post(NOTES + "/rows",
				"{\"rowId\":\"n1\",\"data\":{\"title\":\"Hello\",\"due\":\"2025-01-31T12:00:00Z\",\"tags\":[\"a\"]}}");
		assertThat(created.status()).isEqualTo(201);
		JsonNode row = created.json();
		assertThat(row.path("$id").asString()).isEqualTo("n1");
		assertThat(row.path("$sequence").asLong()).isEqualTo(1);
		assertThat(row.path("$tableId").asString()).isEqualTo("notes");
		assertThat(row.path("$databaseId").asString()).isEqualTo("main");
		assertThat(row.path("words").asLong()).isZero();
		assertThat(row.path("kind").isNull()).isTrue();
		assertThat(row.path("due").asString()).isEqualTo("2025-01-31T12:00:00.000+00:00");
		assertThat(row.path("$permissions")).extracting(JsonNode::asString)
			.containsExactly("read(\"user:" + this.aliceId + "\")", "update(\"user:" + this.aliceId + "\")",
					"delete(\"user:" + this.aliceId + "\")");

		assertThat(this.alice.get(NOTES + "/rows/n1").status()).isEqualTo(200);
		assertError(this.bob.get(NOTES + "/rows/n1"), 404, "row_not_found");
		assertThat(this.bob.get(NOTES + "/rows").json().path("total").asInt()).isZero();
		assertThat(this.alice.get(NOTES + "/rows").json().path("total").asInt()).isEqualTo(1);
		assertError(this.bob.patch(NOTES + "/rows/n1", "{\"data\":{\"title\":\"Mine\"}}"), 401, "user_unauthorized");
		assertError(this.bob.delete(NOTES + "/rows/n1"), 401, "user_unauthorized");
		assertError(
				this.alice.post(NOTES + "/rows",
						"{\"rowId\":\"n2\",\"data\":{\"title\":\"x\"},"
								+ "\"permissions\":[\"read(\\\"any\\\")\",\"read(\\\"user:someone-else\\\")\"]}"),
				401, "user_unauthorized");

		JsonNode shared = this.alice
			.patch(NOTES + "/rows/n1",
					"{\"permissions\":[\"read(\\\"user:" + this.aliceId + "\\\")\",\"write(\\\"user:" + this.aliceId
							+ "\\\")\",\"read(\\\"users\\\")\"]}")
			.json();
		assertThat(shared.path("$permissions")).extracting(JsonNode::asString)
			.contains("read(\"users\")", "update(\"user:" + this.aliceId + "\")",
					"delete(\"user:" + this.aliceId + "\")");
		assertThat(this.bob.get(NOTES + "/rows/n1").status()).isEqualTo(200);
		assertThat(this.alice.patch(NOTES + "/rows/n1", "{\"data\":{\"words\":3}}").json().path("title").asString())
			.isEqualTo("Hello");
		assertThat(this.alice.delete(NOTES + "/rows/n1").status()).isEqualTo(204);
		assertError(this.alice.get(NOTES + "/rows/n1"), 404, "row_not_found");
	}

	@Test
	void dataIsValidatedAgainstTheColumnsAndTheStoreStaysUnchanged() {
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"x\",\"data\":{\"words\":1}}"), 400,
				"row_invalid_structure");
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"x\",\"data\":{\"title\":\"t\",\"words\":\"many\"}}"),
				400, "row_invalid_structure");
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"x\",\"data\":{\"title\":\"t\",\"words\":5000}}"), 400,
				"row_invalid_structure");
		assertError(
				this.key.post(NOTES + "/rows", "{\"rowId\":\"x\",\"data\":{\"title\":\"this title is far too long\"}}"),
				400, "row_invalid_structure");
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"x\",\"data\":{\"title\":\"t\",\"kind\":\"other\"}}"),
				400, "row_invalid_structure");
		assertError(
				this.key.post(NOTES + "/rows", "{\"rowId\":\"x\",\"data\":{\"title\":\"t\",\"due\":\"yesterday\"}}"),
				400, "row_invalid_structure");
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"x\",\"data\":{\"title\":\"t\",\"titel\":\"typo\"}}"),
				400, "row_invalid_structure");
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"x\",\"data\":{\"title\":\"t\",\"tags\":\"a\"}}"), 400,
				"row_invalid_structure");
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"x\"}"), 400, "row_missing_data");
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"../x\",\"data\":{\"title\":\"t\"}}"), 400,
				"general_argument_invalid");
		TestHttp.Result message = this.key.post(NOTES + "/rows",
				"{\"rowId\":\"x\",\"data\":{\"title\":\"t\",\"words\":\"many\"}}");
		assertThat(message.json().path("message").asString()).contains("\"words\"").contains("valid integer");
		assertThat(this.key.get(NOTES + "/rows").json().path("total").asInt()).isZero();

		assertThat(this.key.post(NOTES + "/rows", "{\"rowId\":\"a\",\"data\":{\"title\":\"Same\"}}").status())
			.isEqualTo(201);
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"b\",\"data\":{\"title\":\"Same\"}}"), 409,
				"row_already_exists");
		assertError(this.key.post(NOTES + "/rows", "{\"rowId\":\"a\",\"data\":{\"title\":\"Other\"}}"), 409,
				"row_already_exists");
		assertThat(this.key.get(NOTES + "/rows").json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	void queriesBulkAndUpsert() {
		String rows = "{\"rows\":[{\"$id\":\"r1\",\"title\":\"Alpha\",\"words\":5,\"kind\":\"todo\"},"
				+ "{\"$id\":\"r2\",\"title\":\"Beta\",\"words\":50,\"kind\":\"idea\"},{\"title\":\"Gamma\",\"words\":500}]}";
		JsonNode created = this.key.post(NOTES + "/rows", rows).json();
		assertThat(created.path("total").asInt()).isEqualTo(3);
		assertError(this.alice.post(NOTES + "/rows", rows), 401, "user_unauthorized");

		String byWords = q("{\"method\":\"greaterThan\",\"attribute\":\"words\",\"values\":[10]}");
		String desc = q("{\"method\":\"orderDesc\",\"attribute\":\"words\"}");
		JsonNode listed = this.key.get(NOTES + "/rows?queries[]=" + byWords + "&queries[]=" + desc).json();
		assertThat(listed.path("total").asInt()).isEqualTo(2);
		assertThat(listed.path("rows")).extracting((row) -> row.path("title").asString())
			.containsExactly("Gamma", "Beta");
		JsonNode indexed = this.key
			.get(NOTES + "/rows?queries%5B0%5D=" + byWords + "&queries%5B1%5D="
					+ q("{\"method\":\"limit\",\"values\":[1]}"))
			.json();
		assertThat(indexed.path("rows")).hasSize(1);
		assertError(
				this.key.get(
						NOTES + "/rows?queries[]=" + q("{\"method\":\"equal\",\"attribute\":\"nope\",\"values\":[1]}")),
				400, "general_query_invalid");
		assertError(
				this.key.get(NOTES + "/rows?queries[]="
						+ q("{\"method\":\"search\",\"attribute\":\"title\",\"values\":[\"a\"]}")),
				400, "general_query_invalid");
		JsonNode selected = this.key
			.get(NOTES + "/rows/r1?queries[]=" + q("{\"method\":\"select\",\"values\":[\"title\"]}"))
			.json();
		assertThat(selected.has("title")).isTrue();
		assertThat(selected.has("words")).isFalse();

		JsonNode updated = this.key
			.patch(NOTES + "/rows",
					"{\"data\":{\"kind\":\"idea\"},\"queries\":["
							+ json("{\"method\":\"lessThan\",\"attribute\":\"words\",\"values\":[100]}") + "]}")
			.json();
		assertThat(updated.path("total").asInt()).isEqualTo(2);
		JsonNode upserted = this.key.put(NOTES + "/rows/r3", "{\"data\":{\"title\":\"Delta\"}}").json();
		assertThat(upserted.path("$sequence").asLong()).isEqualTo(4);
		assertThat(
				this.key.put(NOTES + "/rows/r3", "{\"data\":{\"title\":\"Delta 2\"}}").json().path("title").asString())
			.isEqualTo("Delta 2");
		JsonNode deleted = this.key
			.send("DELETE", NOTES + "/rows", "application/json",
					"{\"queries\":[" + json("{\"method\":\"equal\",\"attribute\":\"kind\",\"values\":[\"idea\"]}")
							+ "]}")
			.json();
		assertThat(deleted.path("total").asInt()).isEqualTo(2);
		assertThat(this.key.get(NOTES + "/rows").json().path("total").asInt()).isEqualTo(2);
	}

	@Test
	void equalityOnAnIndexedColumnReadsTheIndexAndStillAppliesPermissions() {
		assertThat(this.key.post(NOTES + "/indexes", "{\"key\":\"by_kind\",\"type\":\"key\",\"columns\":[\"kind\"]}")
			.status()).isEqualTo(202);
		for (int i = 0; i < 6; i++) {
			String kind = (i % 2 == 0) ? "todo" : "idea";
			assertThat(
					this.alice
						.post(NOTES + "/rows",
								"{\"rowId\":\"k" + i + "\",\"data\":{\"title\":\"T" + i + "\",\"kind\":\"" + kind
										+ "\"}}")
						.status())
				.isEqualTo(201);
		}
		assertThat(this.bob.post(NOTES + "/rows", "{\"rowId\":\"b1\",\"data\":{\"title\":\"Bob\",\"kind\":\"todo\"}}")
			.status()).isEqualTo(201);
		String todo = q("{\"method\":\"equal\",\"attribute\":\"kind\",\"values\":[\"todo\"]}");
		assertThat(this.alice.get(NOTES + "/rows?queries[]=" + todo).json().path("rows"))
			.extracting((row) -> row.path("$id").asString())
			.containsExactly("k0", "k2", "k4");
		assertThat(this.key.get(NOTES + "/rows?queries[]=" + todo).json().path("total").asInt()).isEqualTo(4);
		String both = q("{\"method\":\"equal\",\"attribute\":\"kind\",\"values\":[\"idea\",\"todo\"]}");
		assertThat(this.alice.get(NOTES + "/rows?queries[]=" + both).json().path("rows"))
			.extracting((row) -> row.path("$id").asString())
			.containsExactly("k0", "k1", "k2", "k3", "k4", "k5");
	}

	@Test
	void schemaErrorsAndScopes() {
		assertError(this.key.post(NOTES + "/columns/string", "{\"key\":\"title\",\"size\":5,\"required\":false}"), 409,
				"column_already_exists");
		assertError(
				this.key.post(NOTES + "/columns/string",
						"{\"key\":\"x\",\"size\":5,\"required\":true,\"default\":\"d\"}"),
				400, "column_default_unsupported");
		assertError(
				this.key.post(NOTES + "/columns/integer", "{\"key\":\"n\",\"required\":false,\"default\":\"seven\"}"),
				400, "general_argument_invalid");
		assertError(this.key.post("/tablesdb", "{\"databaseId\":\"main\",\"name\":\"Again\"}"), 409,
				"database_already_exists");
		assertError(this.key.get("/tablesdb/main/tables/nope"), 404, "table_not_found");
		assertError(this.key.get("/tablesdb/nope"), 404, "database_not_found");
		assertError(this.alice.post("/tablesdb", "{\"databaseId\":\"x\",\"name\":\"X\"}"), 401,
				"general_unauthorized_scope");
		JsonNode table = this.key.get(NOTES).json();
		assertThat(table.path("columns")).hasSize(5);
		assertThat(table.path("indexes")).hasSize(1);
		assertThat(table.has("_sequence")).isFalse();
		assertThat(this.key.delete(NOTES + "/columns/title").status()).isEqualTo(204);
		assertThat(this.key.get(NOTES).json().path("indexes")).isEmpty();
		assertThat(this.key.delete("/tablesdb/main").status()).isEqualTo(204);
		assertError(this.key.get(NOTES), 404, "database_not_found");
	}

	private static String q(String query) {
		return URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	private static String json(String query) {
		return "\"" + query.replace("\"", "\\\"") + "\"";
	}

}
