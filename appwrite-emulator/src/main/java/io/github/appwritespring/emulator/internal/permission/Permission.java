package io.github.appwritespring.emulator.internal.permission;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One permission string such as {@code read("any")} or {@code update("team:t1/owner")}: a
 * type ({@code read}, {@code create}, {@code update}, {@code delete} or {@code write})
 * and a {@link Role}.
 *
 * @param type the permission type as sent, lower case (may be {@code write})
 * @param role the role
 */
public record Permission(String type, Role role) {

	private static final Pattern FORMAT = Pattern.compile("^([a-zA-Z]+)\\(\"(.*)\"\\)$");

	/** A permission for an action and role. */
	public static Permission of(PermissionAction action, Role role) {
		return new Permission(action.wireName(), role);
	}

	/**
	 * Parses a permission string.
	 * @throws IllegalArgumentException with Appwrite's wording when it is malformed
	 */
	public static Permission parse(String value) {
		Matcher matcher = FORMAT.matcher(value.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Invalid permission string format: \"" + value + "\".");
		}
		String type = matcher.group(1);
		if (!type.equals("write") && action(type).isEmpty()) {
			throw new IllegalArgumentException("Invalid permission type: \"" + type + "\".");
		}
		return new Permission(type, Role.parse(matcher.group(2)));
	}

	/** The action, empty for {@code write}. */
	public Optional<PermissionAction> action() {
		return action(this.type);
	}

	private static Optional<PermissionAction> action(String type) {
		for (PermissionAction action : PermissionAction.values()) {
			if (action.wireName().equals(type)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

	/** The wire form, e.g. {@code read("user:abc")}. */
	@Override
	public String toString() {
		return this.type.toLowerCase(Locale.ROOT) + "(\"" + this.role + "\")";
	}
}
