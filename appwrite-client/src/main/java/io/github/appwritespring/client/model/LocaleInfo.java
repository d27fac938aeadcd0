package io.github.appwritespring.client.model;

/**
 * Where the caller is, by IP, and the locale used.
 *
 * @param ip user IP address
 * @param countryCode country code in [ISO
 * 3166-1](http://en.wikipedia.org/wiki/ISO_3166-1) two-character format
 * @param country country name. This field support localization
 * @param continentCode continent code. A two character continent code "AF" for Africa,
 * "AN" for Antarctica, "AS" for Asia, "EU" for Europe, "NA" for North America, "OC" for
 * Oceania, and "SA" for South America
 * @param continent continent name. This field support localization
 * @param eu true if country is part of the European Union
 * @param currency currency code in [ISO 4217-1](http://en.wikipedia.org/wiki/ISO_4217)
 * three-character format
 * @since 0.1.0
 */
public record LocaleInfo(String ip, String countryCode, String country, String continentCode, String continent,
		boolean eu, String currency) {
}
