package io.github.appwritespring.emulator.internal.tablesdb;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Row queries answer as Appwrite 1.8.1 does: nulls, datetimes, value types and cursors.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class RowQueryFidelityTests {

	private static final String ITEMS = "/tablesdb/main/tables/items";

	private TestHttp key;

	@BeforeEach
	void schema(AppwriteEmulator emulator) {
		this.key = TestHttp.key(emulator);
		assertThat(this.key.post("/tablesdb", "{\"databaseId\":\"main\",\"name\":\"Main\"}").status()).isEqualTo(201);
		assertThat(this.key.post("/tablesdb/main/tables", "{\"tableId\":\"items\",\"name\":\"Items\"}").status())
			.isEqualTo(201);
		column("string", "{\"key\":\"name\",\"size\":50,\"required\":false}");
		column("integer", "{\"key\":\"n\",\"required\":false}");
		column("boolean", "{\"key\":\"flag\",\"required\":false}");
		column("datetime", "{\"key\":\"at\",\"required\":false}");
		column("string", "{\"key\":\"tags\",\"size\":10,\"required\":false,\"array\":true}");
		assertThat(this.key
			.post(ITEMS + "/rows", "{\"rows\":["
					+ "{\"$id\":\"r1\",\"name\":\"alpha\",\"n\":1,\"at\":\"2025-01-01T10:00:00Z\",\"tags\":[\"a\"]},"
					+ "{\"$id\":\"r2\"},"
					+ "{\"$id\":\"r3\",\"name\":\"beta\",\"n\":3,\"at\":\"2025-01-02T00:00:00Z\",\"tags\":[\"b\"]},"
					+ "{\"$id\":\"r4\",\"name\":\"gamma\",\"n\":2,\"at\":\"2025-01-01T23:00:00-02:00\",\"tags\":[]}]}")
			.status()).isEqualTo(201);
	}

	@Test
	void negativeFiltersNeverMatchNull() {
		assertThat(ids(q("notEqual", "name", "[\"alpha\"]"))).containsExactly("r3", "r4");
		assertThat(ids(q("notBetween", "n", "[0,1]"))).containsExactly("r3", "r4");
		assertThat(ids(q("notStartsWith", "name", "[\"a\"]"))).containsExactly("r3", "r4");
		assertThat(ids(q("notEndsWith", "name", "[\"a\"]"))).isEmpty();
		assertThat(ids(q("notContains", "tags", "[\"a\"]"))).containsExactly("r3", "r4");
		assertThat(ids(q("notContains", "name", "[\"amm\"]"))).containsExactly("r1", "r3");
	}

	@Test
	void datetimesCompareAsInstants() {
		assertThat(ids(q("equal", "at", "[\"2025-01-01T12:00:00+02:00\"]"))).containsExactly("r1");
		assertThat(ids(q("equal", "at", "[\"2025-01-02T01:00:00.000Z\"]"))).containsExactly("r4");
		assertThat(ids(q("lessThan", "at", "[\"2025-01-01T10:00:00.000Z\"]"))).isEmpty();
		assertThat(ids(q("lessThanEqual", "at", "[\"2025-01-01T11:00:00+01:00\"]"))).containsExactly("r1");
		assertThat(ids(q("greaterThan", "at", "[\"2025-01-02T00:30:00+00:00\"]"))).containsExactly("r4");
	}

	@Test
	void valuesMustFitTheColumn() {
		for (String query : List.of(q("equal", "n", "[\"1\"]"), q("equal", "name", "[1]"),
				q("equal", "flag", "[\"true\"]"), q("equal", "at", "[\"yesterday\"]"),
				q("notEqual", "name", "[\"a\",\"b\"]"), q("lessThan", "n", "[1,2]"),
				q("startsWith", "name", "[\"a\",\"b\"]"), q("equal", "tags", "[\"a\"]"), q("contains", "n", "[1]"),
				"{\"method\":\"limit\",\"values\":[0]}")) {
			assertError(this.key.get(ITEMS + "/rows?queries[]=" + encode(query)), 400, "general_query_invalid");
		}
		assertThat(ids(q("equal", "flag", "[true]"))).isEmpty();
		assertThat(ids(q("contains", "tags", "[\"b\"]"))).containsExactly("r3");
	}

	@Test
	void cursorsContinueFromTheRowsPlaceEvenWhenFiltersExcludeIt() {
		assertThat(ids(q("notEqual", "name", "[\"gamma\"]"), "{\"method\":\"orderAsc\",\"attribute\":\"n\"}",
				"{\"method\":\"cursorAfter\",\"values\":[\"r4\"]}"))
			.containsExactly("r3");
		assertThat(ids(q("notEqual", "name", "[\"gamma\"]"), "{\"method\":\"orderAsc\",\"attribute\":\"n\"}",
				"{\"method\":\"cursorBefore\",\"values\":[\"r4\"]}"))
			.containsExactly("r1");
		assertThat(ids("{\"method\":\"cursorAfter\",\"values\":[\"r2\"]}")).containsExactly("r3", "r4");
		assertError(
				this.key.get(ITEMS + "/rows?queries[]=" + encode("{\"method\":\"orderAsc\",\"attribute\":\"n\"}")
						+ "&queries[]=" + encode("{\"method\":\"cursorAfter\",\"values\":[\"r2\"]}")),
				400, "database_query_order_null");
		assertError(
				this.key.get(ITEMS + "/rows?queries[]=" + encode("{\"method\":\"cursorAfter\",\"values\":[\"x\"]}")),
				400, "general_cursor_not_found");
	}

	@Test
	void searchMatchesWholeWordsAndWordPrefixes() {
		assertThat(this.key.post(ITEMS + "/indexes", "{\"key\":\"ft\",\"type\":\"fulltext\",\"columns\":[\"name\"]}")
			.status()).isEqualTo(202);
		assertThat(this.key
			.post(ITEMS + "/rows",
					"{\"rows\":[{\"$id\":\"s1\",\"name\":\"banana split\"},"
							+ "{\"$id\":\"s2\",\"name\":\"Bandana\"},{\"$id\":\"s3\",\"name\":\"cabana\"}]}")
			.status()).isEqualTo(201);
		assertThat(ids(q("search", "name", "[\"ban\"]"))).containsExactly("s1", "s2");
		assertThat(ids(q("search", "name", "[\"spl\"]"))).containsExactly("s1");
		assertThat(ids(q("search", "name", "[\"ana\"]"))).isEmpty();
		assertThat(ids(q("search", "name", "[\"cabana gam\"]"))).containsExactly("r4", "s3");
		assertThat(ids(q("search", "name", "[\"\\\"banana split\\\"\"]"))).containsExactly("s1");
		assertThat(ids(q("notSearch", "name", "[\"ban\"]"))).containsExactly("r1", "r3", "r4", "s3");
	}

	private void column(String type, String body) {
		assertThat(this.key.post(ITEMS + "/columns/" + type, body).status()).isEqualTo(202);
	}

	private List<String> ids(String... queries) {
		String query = Arrays.stream(queries).map((raw) -> "queries[]=" + encode(raw)).collect(Collectors.joining("&"));
		TestHttp.Result result = this.key.get(ITEMS + "/rows?" + query);
		assertThat(result.status()).as(result.response().body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		result.json().path("rows").forEach((row) -> ids.add(row.path("$id").asString()));
		return ids;
	}

	private static String q(String method, String attribute, String values) {
		return "{\"method\":\"" + method + "\",\"attribute\":\"" + attribute + "\",\"values\":" + values + "}";
	}

	private static String encode(String query) {
		return URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

}
