package io.github.appwritespring.client.model;

/**
 * A currency.
 *
 * @param symbol currency symbol
 * @param name currency name
 * @param symbolNative currency native symbol
 * @param decimalDigits number of decimal digits
 * @param rounding currency digit rounding
 * @param code currency code in [ISO 4217-1](http://en.wikipedia.org/wiki/ISO_4217)
 * three-character format
 * @param namePlural currency plural name
 * @since 0.1.0
 */
public record Currency(String symbol, String name, String symbolNative, long decimalDigits, double rounding,
		String code, String namePlural) {
}
