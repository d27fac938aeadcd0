package io.github.appwritespring.client;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HelpersTests {

	@Test
	void uniqueIdsAreTwentyLowerCaseHexCharactersInTimeOrder() throws Exception {
		Set<String> seen = new HashSet<>();
		String previous = ID.unique();
		for (int i = 0; i < 1000; i++) {
			String id = ID.unique();
			assertThat(id).matches("[0-9a-f]{20}");
			assertThat(id.substring(0, 13)).as("strictly time-ordered").isGreaterThan(previous.substring(0, 13));
			assertThat(seen.add(id)).isTrue();
			previous = id;
		}
		long seconds = Long.parseLong(previous.substring(0, 8), 16);
		assertThat(seconds).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(5L));
	}

	@Test
	void customIdsFollowAppwritesRule() {
		assertThat(ID.custom("user.1_a-b")).isEqualTo("user.1_a-b");
		assertThat(ID.custom("a".repeat(36))).hasSize(36);
		for (String bad : List.of("", "_x", ".x", "-x", "a".repeat(37), "a b", "a/b", "ä")) {
			assertThatIllegalArgumentException().isThrownBy(() -> ID.custom(bad)).withMessageContaining("'id'");
		}
	}

	@Test
	void queriesAreSerialisedExactlyAsAppwriteExpects() {
		assertThat(Query.equal("title", "Hello"))
			.isEqualTo("{\"method\":\"equal\",\"attribute\":\"title\",\"values\":[\"Hello\"]}");
		assertThat(Query.equal("age", List.of(1, 2)))
			.isEqualTo("{\"method\":\"equal\",\"attribute\":\"age\",\"values\":[1,2]}");
		assertThat(Query.notEqual("done", true))
			.isEqualTo("{\"method\":\"notEqual\",\"attribute\":\"done\",\"values\":[true]}");
		assertThat(Query.lessThan("n", 1.5))
			.isEqualTo("{\"method\":\"lessThan\",\"attribute\":\"n\",\"values\":[1.5]}");
		assertThat(Query.lessThanEqual("n", 2)).contains("\"lessThanEqual\"");
		assertThat(Query.greaterThan("n", 2)).contains("\"greaterThan\"");
		assertThat(Query.greaterThanEqual("n", 2)).contains("\"greaterThanEqual\"");
		assertThat(Query.between("n", 1, 9)).isEqualTo("{\"method\":\"between\",\"attribute\":\"n\",\"values\":[1,9]}");
		assertThat(Query.notBetween("n", 1, 9)).contains("\"notBetween\"");
		assertThat(Query.isNull("x")).isEqualTo("{\"method\":\"isNull\",\"attribute\":\"x\"}");
		assertThat(Query.isNotNull("x")).isEqualTo("{\"method\":\"isNotNull\",\"attribute\":\"x\"}");
		assertThat(Query.startsWith("t", "He")).contains("\"startsWith\"").contains("[\"He\"]");
		assertThat(Query.notStartsWith("t", "He")).contains("\"notStartsWith\"");
		assertThat(Query.endsWith("t", "lo")).contains("\"endsWith\"");
		assertThat(Query.notEndsWith("t", "lo")).contains("\"notEndsWith\"");
		assertThat(Query.search("t", "hello world")).contains("\"search\"");
		assertThat(Query.notSearch("t", "x")).contains("\"notSearch\"");
		assertThat(Query.contains("tags", "a")).contains("\"contains\"");
		assertThat(Query.notContains("tags", "a")).contains("\"notContains\"");
		assertThat(Query.select(List.of("title", "$id")))
			.isEqualTo("{\"method\":\"select\",\"values\":[\"title\",\"$id\"]}");
		assertThat(Query.orderAsc("title")).isEqualTo("{\"method\":\"orderAsc\",\"attribute\":\"title\"}");
		assertThat(Query.orderDesc("$createdAt")).isEqualTo("{\"method\":\"orderDesc\",\"attribute\":\"$createdAt\"}");
		assertThat(Query.orderRandom()).isEqualTo("{\"method\":\"orderRandom\"}");
		assertThat(Query.limit(25)).isEqualTo("{\"method\":\"limit\",\"values\":[25]}");
		assertThat(Query.offset(50)).isEqualTo("{\"method\":\"offset\",\"values\":[50]}");
		assertThat(Query.cursorAfter("abc")).isEqualTo("{\"method\":\"cursorAfter\",\"values\":[\"abc\"]}");
		assertThat(Query.cursorBefore("abc")).isEqualTo("{\"method\":\"cursorBefore\",\"values\":[\"abc\"]}");
		assertThat(Query.and(Query.equal("a", 1), Query.isNull("b"))).isEqualTo(
				"{\"method\":\"and\",\"values\":[{\"method\":\"equal\",\"attribute\":\"a\",\"values\":[1]},{\"method\":\"isNull\",\"attribute\":\"b\"}]}");
		assertThat(Query.or(Query.equal("a", 1), Query.equal("a", 2))).startsWith("{\"method\":\"or\",\"values\":[{");
	}

	@Test
	void spatialQueriesNestGeometryAsAppwriteExpects() {
		List<Double> point = List.of(-73.9857, 40.7484);
		assertThat(Query.distanceLessThan("location", point, 1000)).isEqualTo(
				"{\"method\":\"distanceLessThan\",\"attribute\":\"location\",\"values\":[[[-73.9857,40.7484],1000,true]]}");
		assertThat(Query.distanceEqual("location", point, 0.5, false)).isEqualTo(
				"{\"method\":\"distanceEqual\",\"attribute\":\"location\",\"values\":[[[-73.9857,40.7484],0.5,false]]}");
		assertThat(Query.distanceNotEqual("location", point, 10)).contains("\"distanceNotEqual\"");
		assertThat(Query.distanceGreaterThan("location", point, 10)).contains("\"distanceGreaterThan\"");
		List<List<List<Integer>>> polygon = List
			.of(List.of(List.of(0, 0), List.of(0, 1), List.of(1, 1), List.of(0, 0)));
		assertThat(Query.intersects("area", polygon))
			.isEqualTo("{\"method\":\"intersects\",\"attribute\":\"area\",\"values\":[[[[0,0],[0,1],[1,1],[0,0]]]]}");
		assertThat(Query.crosses("route", List.of(List.of(0, 0), List.of(2, 2))))
			.isEqualTo("{\"method\":\"crosses\",\"attribute\":\"route\",\"values\":[[[0,0],[2,2]]]}");
		for (String method : List.of(Query.notIntersects("a", point), Query.notCrosses("a", point),
				Query.overlaps("a", point), Query.notOverlaps("a", point), Query.touches("a", point),
				Query.notTouches("a", point))) {
			assertThat(Query.methodOf(method)).isIn("notIntersects", "notCrosses", "overlaps", "notOverlaps", "touches",
					"notTouches");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Query.intersects("a", List.of()))
			.withMessageContaining("'geometry'");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.intersects("a", List.of("x", 1)))
			.withMessageContaining("'geometry'");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.distanceLessThan("a", point, -1))
			.withMessageContaining("'distance'");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.distanceLessThan("a", point, Double.NaN))
			.withMessageContaining("'distance'");
	}

	@Test
	void dateHelpersQuerySystemTimestamps() {
		OffsetDateTime start = OffsetDateTime.of(2025, 1, 31, 12, 0, 0, 0, ZoneOffset.UTC);
		assertThat(Query.createdBefore(start)).isEqualTo(
				"{\"method\":\"lessThan\",\"attribute\":\"$createdAt\",\"values\":[\"2025-01-31T12:00:00.000+00:00\"]}");
		assertThat(Query.createdAfter("2025-01-01T00:00:00.000+00:00")).contains("greaterThan").contains("$createdAt");
		assertThat(Query.createdBetween(start, start.plusDays(1))).contains("between")
			.contains("2025-02-01T12:00:00.000+00:00");
		assertThat(Query.updatedBefore(start)).contains("lessThan").contains("$updatedAt");
		assertThat(Query.updatedAfter(start)).contains("greaterThan").contains("$updatedAt");
		assertThat(Query.updatedBetween("2025-01-01T00:00:00.000+00:00", "2025-02-01T00:00:00.000+00:00"))
			.contains("between")
			.contains("$updatedAt");
	}

	@Test
	void badQueriesAreRejectedWithTheRule() {
		assertThatIllegalArgumentException().isThrownBy(() -> Query.limit(-1)).withMessageContaining("'limit'");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.equal(" ", 1)).withMessageContaining("'attribute'");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.equal("a", List.of()))
			.withMessageContaining("'value'");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.and()).withMessageContaining("at least one");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.and("not json")).withMessageContaining("not JSON");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.equal("a", "x".repeat(5000)))
			.withMessageContaining("4096");
		assertThatIllegalArgumentException().isThrownBy(() -> Query.cursorAfter("")).withMessageContaining("'id'");
	}

	@Test
	void permissionsAndRoles() {
		assertThat(Permission.read(Role.any())).isEqualTo("read(\"any\")");
		assertThat(Permission.create(Role.guests())).isEqualTo("create(\"guests\")");
		assertThat(Permission.update(Role.users())).isEqualTo("update(\"users\")");
		assertThat(Permission.update(Role.users("verified"))).isEqualTo("update(\"users/verified\")");
		assertThat(Permission.delete(Role.user("abc"))).isEqualTo("delete(\"user:abc\")");
		assertThat(Permission.write(Role.user("abc", "unverified"))).isEqualTo("write(\"user:abc/unverified\")");
		assertThat(Permission.read(Role.team("t1"))).isEqualTo("read(\"team:t1\")");
		assertThat(Permission.read(Role.team("t1", "owner"))).isEqualTo("read(\"team:t1/owner\")");
		assertThat(Permission.read(Role.member("m1"))).isEqualTo("read(\"member:m1\")");
		assertThat(Permission.read(Role.label("admin"))).isEqualTo("read(\"label:admin\")");
		assertThatIllegalArgumentException().isThrownBy(() -> Role.users("maybe")).withMessageContaining("verified");
		assertThatIllegalArgumentException().isThrownBy(() -> Role.user("")).withMessageContaining("'userId'");
		assertThatIllegalArgumentException().isThrownBy(() -> Permission.read("a\"b")).withMessageContaining("quote");
	}

	@Test
	void inputFiles() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("upload", ".txt");
		try {
			java.nio.file.Files.writeString(file, "hello");
			InputFile fromPath = InputFile.fromPath(file);
			assertThat(fromPath.getSize()).isEqualTo(5);
			assertThat(fromPath.getFilename()).endsWith(".txt");
			assertThat(fromPath.getContentType()).isEqualTo("text/plain");
			try (var in = fromPath.open()) {
				assertThat(new String(in.readAllBytes())).isEqualTo("hello");
			}
			InputFile bytes = InputFile.fromBytes(new byte[] { 1, 2, 3 }, "a.bin", null);
			assertThat(bytes.getContentType()).isEqualTo("application/octet-stream");
			InputFile stream = InputFile.fromStream(new java.io.ByteArrayInputStream(new byte[3]), 3, "s.png", null);
			assertThat(stream.getContentType()).isEqualTo("image/png");
			stream.open().close();
			org.assertj.core.api.Assertions.assertThatIllegalStateException()
				.isThrownBy(stream::open)
				.withMessageContaining("already read");
			assertThatIllegalArgumentException().isThrownBy(() -> InputFile.fromPath(file.resolveSibling("missing")))
				.withMessageContaining("readable regular file");
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}

}
