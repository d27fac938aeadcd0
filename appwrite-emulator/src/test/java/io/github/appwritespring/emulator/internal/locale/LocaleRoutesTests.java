package io.github.appwritespring.emulator.internal.locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(AppwriteEmulatorExtension.class)
class LocaleRoutesTests {

	@Test
	void getAnswersLikeAnUnknownAddress(AppwriteEmulator emulator) {
		JsonNode locale = TestHttp.guest(emulator).get("/locale").json();
		assertThat(locale.toString()).isEqualTo(
				"{\"ip\":\"127.0.0.1\",\"countryCode\":\"--\",\"country\":\"Unknown\",\"continentCode\":\"--\",\"continent\":\"Unknown\",\"eu\":false,\"currency\":\"\"}");
	}

	@Test
	void listsHaveAppwritesShapes(AppwriteEmulator emulator) {
		TestHttp guest = TestHttp.guest(emulator);
		JsonNode countries = guest.get("/locale/countries").json();
		assertThat(countries.path("total").asInt()).isEqualTo(countries.path("countries").size()).isGreaterThan(190);
		assertThat(find(countries.path("countries"), "code", "US").path("name").asString()).isEqualTo("United States");

		JsonNode eu = guest.get("/locale/countries/eu").json();
		assertThat(eu.path("total").asInt()).isEqualTo(27);
		assertThat(eu.path("countries").path(0).path("name").asString()).isEqualTo("Austria");

		JsonNode phones = guest.get("/locale/countries/phones").json();
		assertThat(phones.path("phones").path(0).path("code").asString()).isEqualTo("+1");
		JsonNode germany = find(phones.path("phones"), "countryCode", "DE");
		assertThat(germany.path("code").asString()).isEqualTo("+49");
		assertThat(germany.path("countryName").asString()).isEqualTo("Germany");

		JsonNode continents = guest.get("/locale/continents").json();
		assertThat(continents.path("total").asInt()).isEqualTo(7);
		assertThat(continents.path("continents").path(0).toString()).isEqualTo("{\"name\":\"Africa\",\"code\":\"AF\"}");

		JsonNode usd = find(guest.get("/locale/currencies").json().path("currencies"), "code", "USD");
		assertThat(usd.path("symbol").asString()).isEqualTo("$");
		assertThat(usd.path("name").asString()).isEqualTo("US Dollar");
		assertThat(usd.path("decimalDigits").asInt()).isEqualTo(2);
		assertThat(usd.has("symbolNative") && usd.has("rounding") && usd.has("namePlural")).isTrue();

		JsonNode italian = find(guest.get("/locale/languages").json().path("languages"), "code", "it");
		assertThat(italian.path("name").asString()).isEqualTo("Italian");
		assertThat(italian.path("nativeName").asString()).isEqualTo("Italiano");

		JsonNode codes = guest.get("/locale/codes").json();
		assertThat(find(codes.path("localeCodes"), "code", "en-us").path("name").asString())
			.isEqualTo("English (United States)");
	}

	@Test
	void namesFollowTheRequestedLocale(AppwriteEmulator emulator) {
		JsonNode countries = TestHttp.guest(emulator)
			.with("X-Appwrite-Locale", "de")
			.get("/locale/countries")
			.json()
			.path("countries");
		assertThat(find(countries, "code", "DE").path("name").asString()).isEqualTo("Deutschland");
		JsonNode unknown = TestHttp.guest(emulator).get("/locale/countries?locale=zz").json().path("countries");
		assertThat(find(unknown, "code", "DE").path("name").asString()).isEqualTo("Germany");
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode item : array) {
			if (value.equals(item.path(field).asString())) {
				return item;
			}
		}
		throw new AssertionError("No " + field + "=" + value + " in " + array);
	}

}
