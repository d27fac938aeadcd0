package io.github.appwritespring.emulator.internal.support;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.emulator.internal.error.ApiException;

/**
 * Appwrite IDs: generated ones ({@code unique()}) and the validation rule for custom
 * ones.
 *
 * <p>
 * A generated ID is 20 lower-case hex characters like PHP's {@code uniqid()} (8 hex of
 * epoch seconds, 5 hex of microseconds) followed by 7 random hex characters.
 */
public final class Ids {

	/** The literal a client sends to ask the server for a generated ID. */
	public static final String UNIQUE = "unique()";

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,35}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final HexFormat HEX = HexFormat.of();

	private Ids() {
	}

	/** A new 20-character lower-case hex ID. */
	public static String unique() {
		long micros = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
		long seconds = micros / 1_000_000;
		long subSecond = micros % 1_000_000;
		byte[] random = new byte[4];
		RANDOM.nextBytes(random);
		return String.format("%08x%05x", seconds, subSecond) + HEX.formatHex(random).substring(0, 7);
	}

	/**
	 * Whether the value is a valid custom ID (also used for column keys): Appwrite's
	 * {@code Key} rule.
	 */
	public static boolean isValid(@Nullable String value) {
		if (value == null) {
			return false;
		}
		return KEY.matcher(value).matches();
	}

	/**
	 * Resolves an ID parameter: {@code unique()} gives a generated ID, anything else must
	 * be a valid custom ID.
	 * @throws ApiException 400 {@code general_argument_invalid} naming the parameter
	 */
	public static String resolve(String param, String value) {
		if (UNIQUE.equals(value)) {
			return unique();
		}
		requireValid(param, value);
		return value;
	}

	/**
	 * Checks a custom ID (no {@code unique()}), e.g. a path parameter naming an existing
	 * resource.
	 * @throws ApiException 400 {@code general_argument_invalid} naming the parameter
	 */
	public static void requireValid(String param, String value) {
		if (!isValid(value)) {
			throw ApiException.invalidParam(param,
					"Parameter must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char");
		}
	}

}
