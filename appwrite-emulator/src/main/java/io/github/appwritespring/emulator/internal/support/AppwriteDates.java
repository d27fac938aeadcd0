package io.github.appwritespring.emulator.internal.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Appwrite's datetime format: {@code 2020-10-15T06:38:00.000+00:00} (PHP
 * {@code Y-m-d\TH:i:s.vP}).
 */
public final class AppwriteDates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx")
		.withZone(ZoneOffset.UTC);

	private AppwriteDates() {
	}

	/**
	 * Formats an instant in UTC with milliseconds, e.g.
	 * {@code 2020-10-15T06:38:00.000+00:00}.
	 */
	public static String format(Instant instant) {
		return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
	}

	/**
	 * Whether a document's {@code expire} field lies after {@code now} (false when it is
	 * missing or not a date).
	 */
	public static boolean notExpired(JsonNode document, Instant now) {
		return parse(document.path("expire").asString("")).map(now::isBefore).orElse(false);
	}

	/**
	 * Parses a date as Appwrite's datetime columns accept it: an ISO 8601 date-time with
	 * an offset, without one (UTC) or a date alone (midnight UTC), {@code T} or a space
	 * between date and time, years 0000 to 9999; empty if it is not one.
	 * @param value the value sent
	 * @return the instant, or empty
	 */
	public static Optional<Instant> parseLenient(String value) {
		String text = value.trim();
		if (text.length() < 10 || !Character.isDigit(text.charAt(0)) || text.charAt(4) != '-') {
			return Optional.empty();
		}
		if (text.length() > 10 && text.charAt(10) == ' ') {
			text = text.substring(0, 10) + 'T' + text.substring(11);
		}
		try {
			if (text.length() == 10) {
				return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
			}
			char last = text.charAt(text.length() - 1);
			boolean offset = last == 'Z' || last == 'z' || text.indexOf('+', 10) > 0 || text.indexOf('-', 10) > 0;
			return Optional.of(offset ? OffsetDateTime.parse(text.replace('z', 'Z')).toInstant()
					: LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Parses any ISO 8601 date-time with offset (Appwrite's format included); empty if it
	 * is not one.
	 */
	public static Optional<Instant> parse(String value) {
		try {
			return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value, Instant::from));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
