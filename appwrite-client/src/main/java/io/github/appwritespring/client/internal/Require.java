package io.github.appwritespring.client.internal;

import java.util.Collection;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Argument checks made before any request is sent. Each failure is an
 * {@link IllegalArgumentException} that names the argument and the rule, so the caller
 * knows what to fix.
 */
public final class Require {

	private static final Pattern CUSTOM_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,35}");

	private Require() {
	}

	/**
	 * Returns the value, known to be non-null and not blank.
	 * @param name the argument's name, used in the message
	 * @param value the value to check
	 * @return the value, known to be non-null and not blank
	 */
	@Contract("_, null -> fail")
	public static String nonBlank(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw blank(name);
		}
		return value;
	}

	/**
	 * Returns the value, known to be non-null.
	 * @param name the argument's name, used in the message
	 * @param value the value to check
	 * @param <T> its type
	 * @return the value, known to be non-null
	 */
	@Contract("_, null -> fail")
	public static <T> T nonNull(String name, @Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' is required and must not be null");
		}
		return value;
	}

	/**
	 * Returns the collection, known to be non-null and not empty.
	 * @param name the argument's name, used in the message
	 * @param values the collection to check
	 * @param <C> its type
	 * @return the collection, known to be non-null and not empty
	 */
	@Contract("_, null -> fail")
	public static <C extends Collection<?>> C nonEmpty(String name, @Nullable C values) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException("'" + name + "' is required and must not be empty");
		}
		for (Object value : values) {
			if (value == null) {
				throw new IllegalArgumentException("'" + name + "' must not contain null elements");
			}
		}
		return values;
	}

	/**
	 * Checks an ID the caller chose, by Appwrite's rule: 1 to 36 characters of
	 * {@code a-z A-Z 0-9 . - _}, not starting with {@code .}, {@code -} or {@code _}. The
	 * literal {@code unique()} is accepted: Appwrite then generates the ID.
	 * @param name the argument's name, used in the message
	 * @param id the ID to check
	 * @return the ID
	 */
	public static String id(String name, @Nullable String id) {
		String checked = nonBlank(name, id);
		if ("unique()".equals(checked) || CUSTOM_ID.matcher(checked).matches()) {
			return checked;
		}
		throw new IllegalArgumentException("'" + name + "' is not a valid Appwrite ID: '" + abbreviate(checked)
				+ "'. Use at most 36 characters of a-z, A-Z, 0-9, '.', '-' and '_', not starting with '.', '-' or '_'"
				+ ", or ID.unique() to let Appwrite choose");
	}

	/**
	 * Returns the value.
	 * @param name the argument's name, used in the message
	 * @param value the value to check
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 * @return the value
	 */
	public static long range(String name, long value, long min, long max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(
					"'" + name + "' must be between " + min + " and " + max + " but was " + value);
		}
		return value;
	}

	/**
	 * Checks a value that will travel in an HTTP header. The value is never echoed: it
	 * may be a secret.
	 * @param name the argument's name, used in the message
	 * @param value the value to check
	 * @return the value, known to be non-blank and free of control characters (such as CR
	 * and LF)
	 */
	public static String headerValue(String name, @Nullable String value) {
		if (value == null) {
			throw blank(name);
		}
		// one pass (a session secret is some 400 characters and a view is made per
		// request)
		boolean blank = true;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (isControl(c)) {
				throw new IllegalArgumentException("'" + name + "' must not contain control characters such as CR or "
						+ "LF (found one at index " + i + "): it is sent as an HTTP header");
			}
			blank = blank && Character.isWhitespace(c);
		}
		if (blank) {
			throw blank(name);
		}
		return value;
	}

	/**
	 * Returns whether HTTP forbids it there (control characters other than tab).
	 * @param c a character of a header value
	 * @return whether HTTP forbids it there (control characters other than tab)
	 */
	public static boolean isControl(char c) {
		return (c < 0x20 && c != '\t') || c == 0x7f;
	}

	private static IllegalArgumentException blank(String name) {
		return new IllegalArgumentException("'" + name + "' is required and must not be blank");
	}

	static String abbreviate(String value) {
		return (value.length() <= 64) ? value : value.substring(0, 61) + "...";
	}

}
