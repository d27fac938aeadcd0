package io.github.appwritespring.client;

import io.github.appwritespring.client.internal.Require;

/**
 * Permission strings for rows, files, tables and buckets:
 * {@code Permission.read(Role.any())} is {@code read("any")}. {@code write} is Appwrite's
 * shorthand for create, update and delete.
 *
 * @since 0.1.0
 */
public final class Permission {

	private Permission() {
	}

	/**
	 * Returns {@code read("ROLE")}.
	 * @param role a role from {@link Role}
	 * @return {@code read("ROLE")}
	 */
	public static String read(String role) {
		return of("read", role);
	}

	/**
	 * Returns {@code create("ROLE")}.
	 * @param role a role from {@link Role}
	 * @return {@code create("ROLE")}
	 */
	public static String create(String role) {
		return of("create", role);
	}

	/**
	 * Returns {@code update("ROLE")}.
	 * @param role a role from {@link Role}
	 * @return {@code update("ROLE")}
	 */
	public static String update(String role) {
		return of("update", role);
	}

	/**
	 * Returns {@code delete("ROLE")}.
	 * @param role a role from {@link Role}
	 * @return {@code delete("ROLE")}
	 */
	public static String delete(String role) {
		return of("delete", role);
	}

	/**
	 * Returns {@code write("ROLE")}.
	 * @param role a role from {@link Role}
	 * @return {@code write("ROLE")}
	 */
	public static String write(String role) {
		return of("write", role);
	}

	private static String of(String action, String role) {
		Require.nonBlank("role", role);
		if (role.indexOf('"') >= 0) {
			throw new IllegalArgumentException("'role' must not contain a double quote: '" + role + "'");
		}
		return action + "(\"" + role + "\")";
	}

}
