package io.github.appwritespring.emulator.internal.support;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks Appwrite makes with PHP's {@code filter_var}: {@code FILTER_VALIDATE_EMAIL}
 * (emails of users and email columns), {@code FILTER_VALIDATE_URL} (URL columns, any
 * scheme) and {@code FILTER_VALIDATE_IP} (IP columns, IPv4 or IPv6), written from their
 * documented rules.
 */
public final class FilterVar {

	/** An atom of an email's local part: the characters RFC 5322 allows unquoted. */
	private static final Pattern LOCAL_ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+");

	/** A quoted local part: printable ASCII, with quote and backslash escaped. */
	private static final Pattern LOCAL_QUOTED = Pattern
		.compile("\"(?:[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x21\\x23-\\x5B\\x5D-\\x7F]|\\\\[\\x00-\\x7F])*\"");

	private static final Pattern DOMAIN_LABEL = Pattern.compile("(?:xn--)?[a-z0-9]+(?:-+[a-z0-9]+)*");

	private static final Pattern TOP_LABEL = Pattern.compile("(?:[a-z][a-z0-9]*|xn--[a-z0-9]+)(?:-+[a-z0-9]+)*");

	private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*");

	private static final Pattern IPV4 = Pattern.compile(
			"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

	private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

	/** The characters PHP keeps in a URL ({@code FILTER_SANITIZE_URL}). */
	private static final String URL_CHARS = "$-_.+!*'(),{}|\\^~[]`<>#%\";/?:@&=";

	private static final Set<String> HOSTLESS_SCHEMES = Set.of("mailto", "news", "file");

	private FilterVar() {
	}

	/**
	 * Whether the value passes {@code FILTER_VALIDATE_EMAIL}: dot-separated atoms (no
	 * empty one: no leading, trailing or double dot) or a quoted string before the
	 * {@code @}, at most 64 characters there and 254 in all, and a domain of at least two
	 * labels (letters, digits, inner hyphens) whose last starts with a letter, or an IP
	 * address in brackets.
	 * @param value the value
	 * @return whether it is an email address
	 */
	public static boolean isEmail(String value) {
		int at = value.lastIndexOf('@');
		if (at <= 0 || value.length() > 254) {
			return false;
		}
		String local = value.substring(0, at);
		String domain = value.substring(at + 1);
		if (local.length() > 64 || !isLocalPart(local)) {
			return false;
		}
		if (domain.startsWith("[") && domain.endsWith("]")) {
			String literal = domain.substring(1, domain.length() - 1);
			return literal.regionMatches(true, 0, "IPv6:", 0, 5) ? isIpv6(literal.substring(5))
					: IPV4.matcher(literal).matches();
		}
		String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.", -1);
		if (labels.length < 2) {
			return false;
		}
		for (int i = 0; i < labels.length; i++) {
			String label = labels[i];
			if (label.length() >= 64
					|| !((i < labels.length - 1) ? DOMAIN_LABEL : TOP_LABEL).matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLocalPart(String local) {
		if (LOCAL_QUOTED.matcher(local).matches()) {
			return true;
		}
		for (String atom : local.split("\\.", -1)) {
			if (!LOCAL_ATOM.matcher(atom).matches() && !LOCAL_QUOTED.matcher(atom).matches()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the value passes {@code FILTER_VALIDATE_URL}: URL characters only, a
	 * scheme, and a host unless the scheme is {@code mailto}, {@code news} or
	 * {@code file}; an {@code http(s)} host must be a valid host name or a bracketed IPv6
	 * address.
	 * @param value the value
	 * @return whether it is a URL
	 */
	public static boolean isUrl(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c > 0x7E || !(Character.isLetterOrDigit(c) || URL_CHARS.indexOf(c) >= 0)) {
				return false;
			}
		}
		int colon = value.indexOf(':');
		if (colon <= 0 || !SCHEME.matcher(value.substring(0, colon)).matches()) {
			return false;
		}
		String scheme = value.substring(0, colon).toLowerCase(Locale.ROOT);
		String rest = value.substring(colon + 1);
		@Nullable String host = null;
		if (rest.startsWith("//")) {
			String authority = rest.substring(2).split("[/?#]", 2)[0];
			authority = authority.substring(authority.lastIndexOf('@') + 1);
			if (authority.startsWith("[")) {
				int close = authority.indexOf(']');
				if (close < 0 || !isIpv6(authority.substring(1, close))) {
					return false;
				}
				host = authority.substring(0, close + 1);
				String port = authority.substring(close + 1);
				if (!port.isEmpty() && !port.matches(":\\d{0,5}")) {
					return false;
				}
			}
			else {
				int portAt = authority.indexOf(':');
				if (portAt >= 0 && !authority.substring(portAt).matches(":\\d{0,5}")) {
					return false;
				}
				host = (portAt >= 0) ? authority.substring(0, portAt) : authority;
			}
			if (host.isEmpty()) {
				host = null;
			}
		}
		if (host == null) {
			return HOSTLESS_SCHEMES.contains(scheme);
		}
		if ((scheme.equals("http") || scheme.equals("https")) && !host.startsWith("[")) {
			return isHostName(host);
		}
		return true;
	}

	private static boolean isHostName(String host) {
		String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		if (name.isEmpty() || name.length() > 253) {
			return false;
		}
		for (String label : name.split("\\.", -1)) {
			if (!HOST_LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the value passes {@code FILTER_VALIDATE_IP}: dotted-decimal IPv4 without
	 * leading zeros, or IPv6 (with {@code ::}, an embedded IPv4 tail as in
	 * {@code ::ffff:192.0.2.1}).
	 * @param value the value
	 * @return whether it is an IP address
	 */
	public static boolean isIp(String value) {
		return IPV4.matcher(value).matches() || isIpv6(value);
	}

	private static boolean isIpv6(String value) {
		String text = value;
		int extra = 0;
		int lastColon = text.lastIndexOf(':');
		if (lastColon < 0) {
			return false;
		}
		if (text.substring(lastColon + 1).contains(".")) {
			if (!IPV4.matcher(text.substring(lastColon + 1)).matches()) {
				return false;
			}
			extra = 2;
			text = text.substring(0, lastColon + 1);
			if (!text.endsWith("::")) {
				text = text.substring(0, text.length() - 1);
			}
		}
		int compressed = text.indexOf("::");
		if (compressed >= 0) {
			if (text.indexOf("::", compressed + 1) >= 0) {
				return false;
			}
			int left = groups(text.substring(0, compressed));
			int right = groups(text.substring(compressed + 2));
			return left >= 0 && right >= 0 && left + right + extra <= 7;
		}
		int all = groups(text);
		return all >= 0 && all + extra == 8;
	}

	/** How many hex groups the text holds, or -1 if it is not colon-separated groups. */
	private static int groups(String text) {
		if (text.isEmpty()) {
			return 0;
		}
		int count = 0;
		for (String group : text.split(":", -1)) {
			if (!HEX_GROUP.matcher(group).matches()) {
				return -1;
			}
			count++;
		}
		return count;
	}

}
