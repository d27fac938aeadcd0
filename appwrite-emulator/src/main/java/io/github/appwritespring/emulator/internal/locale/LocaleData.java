package io.github.appwritespring.emulator.internal.locale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

/**
 * The data behind the Locale routes, from the JDK's own locale data (CLDR) so that the
 * emulator ships no third-party lists: country, language, locale and currency names in
 * the request's language. Two small lists are written down here from public facts:
 * continents and the EU members; calling codes live in {@code calling-codes.txt}.
 */
final class LocaleData {

	/** Continent codes and English names, as Appwrite lists them. */
	static final Map<String, String> CONTINENTS = Map.of("AF", "Africa", "AN", "Antarctica", "AS", "Asia", "EU",
			"Europe", "NA", "North America", "OC", "Oceania", "SA", "South America");

	/** The 27 member states of the European Union. */
	static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
			"IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

	/** Old ISO 639 codes the JDK still lists beside their replacements (he, id, yi). */
	private static final Set<String> DEPRECATED_LANGUAGES = Set.of("iw", "in", "ji");

	private static final Map<String, String> CALLING_CODES = readCallingCodes();

	private LocaleData() {
	}

	/**
	 * The language to name things in: the request's locale when the JDK knows it, else
	 * English.
	 */
	static Locale displayLocale(String requested) {
		if (requested.isBlank()) {
			return Locale.ENGLISH;
		}
		Locale locale = Locale.forLanguageTag(requested.trim().replace('_', '-'));
		if (locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage())) {
			return Locale.ENGLISH;
		}
		for (Locale available : Locale.getAvailableLocales()) {
			if (available.getLanguage().equals(locale.getLanguage())) {
				return locale;
			}
		}
		return Locale.ENGLISH;
	}

	static ObjectNode countries(Locale display, boolean euOnly) {
		List<ObjectNode> countries = new ArrayList<>();
		for (String code : Locale.getISOCountries()) {
			if (!euOnly || EU.contains(code)) {
				ObjectNode country = Json.object();
				country.put("name", countryName(code, display));
				country.put("code", code);
				countries.add(country);
			}
		}
		// Appwrite sorts with PHP's strcmp: by bytes, which for UTF-8 is code point
		// order.
		countries.sort(Comparator.comparing((ObjectNode c) -> c.get("name").asString(), LocaleData::compareCodePoints));
		return list("countries", countries);
	}

	static ObjectNode phones(Locale display) {
		List<ObjectNode> phones = new ArrayList<>();
		CALLING_CODES.entrySet()
			.stream()
			.sorted(Map.Entry.<String, String>comparingByValue(Comparator.comparingLong(Long::parseLong)))
			.forEach((entry) -> {
				ObjectNode phone = Json.object();
				phone.put("code", "+" + entry.getValue());
				phone.put("countryCode", entry.getKey());
				phone.put("countryName", countryName(entry.getKey(), display));
				phones.add(phone);
			});
		return list("phones", phones);
	}

	static ObjectNode continents() {
		List<ObjectNode> continents = new ArrayList<>();
		new TreeMap<>(CONTINENTS).forEach((code, name) -> {
			ObjectNode continent = Json.object();
			continent.put("name", name);
			continent.put("code", code);
			continents.add(continent);
		});
		continents.sort(Comparator.comparing((ObjectNode c) -> c.get("name").asString()));
		return list("continents", continents);
	}

	static ObjectNode languages(Locale display) {
		List<ObjectNode> languages = new ArrayList<>();
		for (String code : Locale.getISOLanguages()) {
			if (DEPRECATED_LANGUAGES.contains(code)) {
				continue;
			}
			Locale language = Locale.forLanguageTag(code);
			ObjectNode node = Json.object();
			node.put("code", code);
			node.put("name", language.getDisplayLanguage(display));
			node.put("nativeName", capitalize(language.getDisplayLanguage(language), language));
			languages.add(node);
		}
		return list("languages", languages);
	}

	static ObjectNode localeCodes(Locale display) {
		Map<String, ObjectNode> codes = new TreeMap<>();
		for (Locale locale : Locale.getAvailableLocales()) {
			boolean plain = !locale.getLanguage().isEmpty() && locale.getScript().isEmpty()
					&& locale.getVariant().isEmpty() && !locale.hasExtensions()
					&& (locale.getCountry().isEmpty() || locale.getCountry().length() == 2);
			if (plain && !DEPRECATED_LANGUAGES.contains(locale.getLanguage())) {
				String code = locale.toLanguageTag().toLowerCase(Locale.ROOT);
				ObjectNode node = Json.object();
				node.put("code", code);
				node.put("name", locale.getDisplayName(display));
				codes.put(code, node);
			}
		}
		return list("localeCodes", new ArrayList<>(codes.values()));
	}

	/**
	 * The currencies of today's countries (the JDK's default currency per ISO 3166
	 * country), by code. The JDK has no plural names: {@code namePlural} repeats
	 * {@code name}; {@code rounding} is 0.
	 */
	static ObjectNode currencies(Locale display) {
		Map<String, Locale> currencies = new TreeMap<>();
		for (String country : Locale.getISOCountries()) {
			Currency currency = currencyOf(country);
			if (currency != null && currency.getDefaultFractionDigits() >= 0) {
				currencies.putIfAbsent(currency.getCurrencyCode(), nativeLocale(country));
			}
		}
		List<ObjectNode> list = new ArrayList<>();
		currencies.forEach((code, nativeLocale) -> {
			Currency currency = Currency.getInstance(code);
			ObjectNode node = Json.object();
			String name = currency.getDisplayName(display);
			node.put("symbol", currency.getSymbol(display));
			node.put("name", name);
			node.put("symbolNative", currency.getSymbol(nativeLocale));
			node.put("decimalDigits", currency.getDefaultFractionDigits());
			node.put("rounding", 0);
			node.put("code", code);
			node.put("namePlural", name);
			list.add(node);
		});
		return list("currencies", list);
	}

	static String countryName(String code, Locale display) {
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(display);
	}

	private static @Nullable Currency currencyOf(String country) {
		try {
			return Currency.getInstance(new Locale.Builder().setRegion(country).build());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A locale of a country, for the currency's symbol as it is written there. */
	private static Locale nativeLocale(String country) {
		for (Locale locale : Locale.getAvailableLocales()) {
			if (country.equals(locale.getCountry()) && locale.getScript().isEmpty() && locale.getVariant().isEmpty()) {
				return locale;
			}
		}
		return new Locale.Builder().setRegion(country).build();
	}

	private static String capitalize(String value, Locale locale) {
		if (value.isEmpty()) {
			return value;
		}
		int first = value.codePointAt(0);
		return new String(Character.toChars(first)).toUpperCase(locale) + value.substring(Character.charCount(first));
	}

	private static int compareCodePoints(String a, String b) {
		return java.util.Arrays.compare(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

	private static ObjectNode list(String key, List<ObjectNode> items) {
		ObjectNode list = Json.object();
		list.put("total", items.size());
		ArrayNode array = list.putArray(key);
		items.forEach(array::add);
		return list;
	}

	private static Map<String, String> readCallingCodes() {
		Map<String, String> codes = new LinkedHashMap<>();
		try (InputStream in = LocaleData.class.getResourceAsStream("calling-codes.txt")) {
			if (in == null) {
				throw new IllegalStateException("Missing calling-codes.txt beside LocaleData");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String trimmed = line.trim();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					String[] fields = trimmed.split("\\s+");
					codes.put(fields[0], fields[1]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return codes;
	}

}
