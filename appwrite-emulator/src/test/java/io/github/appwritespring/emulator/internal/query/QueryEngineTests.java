package io.github.appwritespring.emulator.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryEngineTests {

	private static final Set<String> ATTRIBUTES = Set.of("title", "words", "done", "tags", "due");

	private static ObjectNode row(String id, String title, int words, boolean done, String due, String... tags) {
		ObjectNode row = Json.object();
		row.put("$id", id);
		row.put("title", title);
		row.put("words", words);
		row.put("done", done);
		if (due == null) {
			row.putNull("due");
		}
		else {
			row.put("due", due);
		}
		row.set("tags", Json.strings(List.of(tags)));
		return row;
	}

	private static final List<ObjectNode> ROWS = List.of(
			row("a", "Hello world", 2, false, "2025-01-01T00:00:00.000+00:00", "x"),
			row("b", "Shopping list", 5, true, null, "x", "y"),
			row("c", "hello again", 10, false, "2025-03-01T00:00:00.000+00:00"),
			row("d", "Zebra", 7, true, "2024-12-31T23:59:59.000+00:00", "y"));

	private static List<String> ids(String... queries) {
		QueryResult result = QueryEngine.apply(ROWS, QueryParser.parse(List.of(queries), ATTRIBUTES));
		List<String> ids = new ArrayList<>();
		result.page().forEach((row) -> ids.add(row.path("$id").asString()));
		return ids;
	}

	private static String q(String method, String attribute, String values) {
		return "{\"method\":\"" + method + "\"" + ((attribute != null) ? ",\"attribute\":\"" + attribute + "\"" : "")
				+ ((values != null) ? ",\"values\":" + values : "") + "}";
	}

	@Test
	void comparisons() {
		assertThat(ids(q("equal", "done", "[true]"))).containsExactly("b", "d");
		assertThat(ids(q("equal", "words", "[2,10]"))).containsExactly("a", "c");
		assertThat(ids(q("notEqual", "title", "[\"Zebra\"]"))).containsExactly("a", "b", "c");
		assertThat(ids(q("lessThan", "words", "[5]"))).containsExactly("a");
		assertThat(ids(q("lessThanEqual", "words", "[5]"))).containsExactly("a", "b");
		assertThat(ids(q("greaterThan", "words", "[5]"))).containsExactly("c", "d");
		assertThat(ids(q("greaterThanEqual", "words", "[7]"))).containsExactly("c", "d");
		assertThat(ids(q("between", "words", "[5,7]"))).containsExactly("b", "d");
		assertThat(ids(q("notBetween", "words", "[5,7]"))).containsExactly("a", "c");
		assertThat(ids(q("greaterThan", "due", "[\"2025-01-01T00:00:00.000+00:00\"]"))).containsExactly("c");
	}

	@Test
	void nullsStringsArraysAndSearch() {
		assertThat(ids(q("isNull", "due", null))).containsExactly("b");
		assertThat(ids(q("isNotNull", "due", null))).containsExactly("a", "c", "d");
		assertThat(ids(q("startsWith", "title", "[\"Hello\"]"))).containsExactly("a");
		assertThat(ids(q("notStartsWith", "title", "[\"Hello\"]"))).containsExactly("b", "c", "d");
		assertThat(ids(q("endsWith", "title", "[\"again\"]"))).containsExactly("c");
		assertThat(ids(q("notEndsWith", "title", "[\"again\"]"))).containsExactly("a", "b", "d");
		assertThat(ids(q("contains", "title", "[\"list\"]"))).containsExactly("b");
		assertThat(ids(q("contains", "tags", "[\"y\"]"))).containsExactly("b", "d");
		assertThat(ids(q("notContains", "tags", "[\"x\"]"))).containsExactly("c", "d");
		assertThat(ids(q("search", "title", "[\"HELLO zebra\"]"))).containsExactly("a", "c", "d");
		assertThat(ids(q("notSearch", "title", "[\"hello\"]"))).containsExactly("b", "d");
	}

	@Test
	void logicalQueries() {
		String and = "{\"method\":\"and\",\"values\":[" + q("equal", "done", "[false]") + ","
				+ q("greaterThan", "words", "[3]") + "]}";
		assertThat(ids(and)).containsExactly("c");
		String or = "{\"method\":\"or\",\"values\":[" + q("equal", "title", "[\"Zebra\"]") + ","
				+ q("lessThan", "words", "[3]") + "]}";
		assertThat(ids(or)).containsExactly("a", "d");
	}

	@Test
	void orderingPagingAndCursors() {
		assertThat(ids(q("orderDesc", "words", null))).containsExactly("c", "d", "b", "a");
		assertThat(ids(q("orderAsc", "done", null), q("orderDesc", "words", null))).containsExactly("c", "a", "d", "b");
		assertThat(ids(q("orderAsc", "due", null))).containsExactly("b", "d", "a", "c");
		assertThat(ids(q("limit", null, "[2]"))).containsExactly("a", "b");
		assertThat(ids(q("limit", null, "[2]"), q("offset", null, "[1]"))).containsExactly("b", "c");
		assertThat(ids(q("cursorAfter", null, "[\"b\"]"))).containsExactly("c", "d");
		assertThat(ids(q("orderDesc", "words", null), q("cursorAfter", null, "[\"d\"]"), q("limit", null, "[1]")))
			.containsExactly("b");
		assertThat(ids(q("cursorBefore", null, "[\"d\"]"), q("limit", null, "[2]"))).containsExactly("b", "c");
		QueryResult counted = QueryEngine.apply(ROWS, QueryParser.parse(List.of(q("limit", null, "[1]")), ATTRIBUTES));
		assertThat(counted.total()).isEqualTo(4);
		assertThat(counted.page()).hasSize(1);
	}

	@Test
	void defaultLimitIs25() {
		List<ObjectNode> many = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			many.add(row("r" + i, "t", i, false, null));
		}
		QueryResult result = QueryEngine.apply(many, List.of());
		assertThat(result.total()).isEqualTo(30);
		assertThat(result.page()).hasSize(25);
	}

	@Test
	void selectKeepsSystemFields() {
		QueryResult result = QueryEngine.apply(ROWS,
				QueryParser.parse(List.of("{\"method\":\"select\",\"values\":[\"title\"]}"), ATTRIBUTES));
		assertThat(result.page().get(0).propertyNames()).containsExactlyInAnyOrder("$id", "title");
	}

	@Test
	void badQueriesAreRejectedNamingTheProblem() {
		assertInvalid(List.of("not json"), "Syntax error");
		assertInvalid(List.of("{\"method\":\"fuzzy\",\"attribute\":\"title\",\"values\":[\"x\"]}"),
				"Invalid query method: fuzzy");
		assertInvalid(List.of(q("equal", "titel", "[\"x\"]")), "Attribute not found in schema: titel");
		assertInvalid(List.of(q("equal", "title", "[]")), "at least one value");
		assertInvalid(List.of(q("between", "words", "[1]")), "exactly two values");
		assertInvalid(List.of(q("limit", null, "[-1]")), "non-negative integer");
		assertInvalid(List.of(q("limit", null, "[5001]")), "5,000");
		assertInvalid(List.of(q("equal", "title", "[{\"a\":1}]")), "strings, numbers or booleans");
		assertInvalid(List.of("{\"method\":\"and\",\"values\":[" + q("equal", "title", "[\"x\"]") + "]}"),
				"at least two");
		assertInvalid(List.of(q("equal", "$password", "[\"x\"]")), "Attribute not found");
		assertInvalid(java.util.Collections.nCopies(101, q("limit", null, "[1]")), "at most 100");
		assertThatThrownBy(() -> QueryEngine.apply(ROWS,
				QueryParser.parse(List.of(q("cursorAfter", null, "[\"nope\"]")), ATTRIBUTES)))
			.isInstanceOfSatisfying(ApiException.class,
					(e) -> assertThat(e.type()).isEqualTo("general_cursor_not_found"));
	}

	private static void assertInvalid(List<String> queries, String message) {
		assertThatThrownBy(() -> QueryParser.parse(queries, ATTRIBUTES)).isInstanceOfSatisfying(ApiException.class,
				(e) -> {
					assertThat(e.type()).isEqualTo("general_query_invalid");
					assertThat(e.status()).isEqualTo(400);
					assertThat(e.getMessage()).contains(message);
				});
	}

}
