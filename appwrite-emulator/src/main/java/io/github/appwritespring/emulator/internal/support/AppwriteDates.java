package io.github.appwritespring.emulator.internal.support;

import java.time.Instant;
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
