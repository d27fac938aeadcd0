package io.github.appwritespring.emulator.internal.tablesdb;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Row data and column definitions are checked and stored as Appwrite 1.8.1 does.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class RowDataFidelityTests {

	private static final String TABLE = "/tablesdb/main/tables/t";

	private TestHttp key;

	@BeforeEach
	void schema(AppwriteEmulator emulator) {
		this.key = TestHttp.key(emulator);
		assertThat(this.key.post("/tablesdb", "{\"databaseId\":\"main\",\"name\":\"Main\"}").status()).isEqualTo(201);
		assertThat(this.key.post("/tablesdb/main/tables", "{\"tableId\":\"t\",\"name\":\"T\"}").status())
			.isEqualTo(201);
		column("integer", "{\"key\":\"count\",\"required\":false,\"default\":5}");
		column("string", "{\"key\":\"label\",\"size\":3,\"required\":false}");
		column("datetime", "{\"key\":\"at\",\"required\":false}");
	}

	@Test
	void anExplicitNullStoresTheDefault() {
		JsonNode created = this.key.post(TABLE + "/rows", "{\"rowId\":\"a\",\"data\":{\"count\":null}}").json();
		assertThat(created.path("count").asInt()).isEqualTo(5);
		assertThat(this.key.patch(TABLE + "/rows/a", "{\"data\":{\"count\":7}}").json().path("count").asInt())
			.isEqualTo(7);
		assertThat(this.key.patch(TABLE + "/rows/a", "{\"data\":{\"count\":null}}").json().path("count").asInt())
			.isEqualTo(5);
		assertThat(this.key.get(TABLE + "/rows/a").json().path("count").asInt()).isEqualTo(5);
	}

	@Test
	void datetimesWithOrWithoutOffsetOrTimeAreStoredInUtc() {
		assertThat(at("2025-01-01T12:00:00+02:00")).isEqualTo("2025-01-01T10:00:00.000+00:00");
		assertThat(at("2025-01-01T12:00:00")).isEqualTo("2025-01-01T12:00:00.000+00:00");
		assertThat(at("2025-01-01 12:00:00.250")).isEqualTo("2025-01-01T12:00:00.250+00:00");
		assertThat(at("2025-01-01")).isEqualTo("2025-01-01T00:00:00.000+00:00");
		assertError(this.key.post(TABLE + "/rows", "{\"rowId\":\"unique()\",\"data\":{\"at\":\"01/02/2025\"}}"), 400,
				"row_invalid_structure");
	}

	@Test
	void stringSizesCountCharacters() {
		assertThat(this.key.post(TABLE + "/rows", "{\"rowId\":\"unique()\",\"data\":{\"label\":\"日本語\"}}").status())
			.isEqualTo(201);
		assertThat(this.key.post(TABLE + "/rows", "{\"rowId\":\"unique()\",\"data\":{\"label\":\"😀😀😀\"}}").status())
			.isEqualTo(201);
		assertError(this.key.post(TABLE + "/rows", "{\"rowId\":\"unique()\",\"data\":{\"label\":\"😀😀😀😀\"}}"), 400,
				"row_invalid_structure");
	}

	@Test
	void invalidColumnValuesAndEmptyUpdates() {
		assertError(
				this.key.post(TABLE + "/columns/integer", "{\"key\":\"n\",\"required\":false,\"min\":10,\"max\":1}"),
				400, "column_value_invalid");
		assertError(this.key.post(TABLE + "/columns/float", "{\"key\":\"f\",\"required\":false,\"min\":1.5,\"max\":1}"),
				400, "column_value_invalid");
		assertError(this.key.post(TABLE + "/columns/integer",
				"{\"key\":\"n\",\"required\":false,\"max\":10,\"default\":50}"), 400, "column_value_invalid");
		assertError(
				this.key.post(TABLE + "/columns/string",
						"{\"key\":\"s\",\"size\":3,\"required\":false,\"default\":\"toolong\"}"),
				400, "column_value_invalid");
		assertError(
				this.key.post(TABLE + "/columns/enum",
						"{\"key\":\"e\",\"elements\":[\"a\",\"b\"],\"required\":false,\"default\":\"c\"}"),
				400, "column_value_invalid");
		assertError(this.key.post(TABLE + "/columns/integer", "{\"key\":\"n\",\"required\":false,\"default\":\"x\"}"),
				400, "general_argument_invalid");
		assertThat(this.key.post(TABLE + "/rows", "{\"rowId\":\"a\",\"data\":{\"count\":1}}").status()).isEqualTo(201);
		assertError(this.key.patch(TABLE + "/rows/a", "{}"), 400, "row_missing_payload");
		assertError(this.key.patch(TABLE + "/rows/a", "{\"data\":{}}"), 400, "row_missing_payload");
		assertThat(this.key.patch(TABLE + "/rows/a", "{\"permissions\":[]}").status()).isEqualTo(200);
	}

	@Test
	void emailUrlAndIpColumnsValidateAsPhpFilterVar() {
		column("email", "{\"key\":\"mail\",\"required\":false}");
		column("url", "{\"key\":\"link\",\"required\":false}");
		column("ip", "{\"key\":\"addr\",\"required\":false}");
		assertThat(this.key
			.post(TABLE + "/rows",
					"{\"rowId\":\"unique()\",\"data\":{\"link\":\"ftp://files.example.com/a.txt\","
							+ "\"addr\":\"::ffff:192.0.2.1\",\"mail\":\"o'brien@example.ie\"}}")
			.status()).isEqualTo(201);
		for (String data : new String[] { "{\"mail\":\"john..doe@example.com\"}", "{\"mail\":\".leading@example.com\"}",
				"{\"link\":\"http://exa_mple.com\"}", "{\"addr\":\"01.2.3.4\"}" }) {
			assertError(this.key.post(TABLE + "/rows", "{\"rowId\":\"unique()\",\"data\":" + data + "}"), 400,
					"row_invalid_structure");
		}
	}

	private String at(String value) {
		TestHttp.Result created = this.key.post(TABLE + "/rows",
				"{\"rowId\":\"unique()\",\"data\":{\"at\":\"" + value + "\"}}");
		assertThat(created.status()).as(created.response().body()).isEqualTo(201);
		return created.json().path("at").asString();
	}

	private void column(String type, String body) {
		assertThat(this.key.post(TABLE + "/columns/" + type, body).status()).isEqualTo(202);
	}

}
