package io.github.appwritespring.emulator.internal.permission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;

/**
 * Appwrite's permission rules, for TablesDB and Storage alike.
 *
 * <ul>
 * <li>{@link #normalize}: validate a {@code permissions} parameter and expand
 * {@code write} into the actions the resource kind allows (rows/files: update+delete;
 * tables/buckets: create+update+delete).</li>
 * <li>{@link #requireGrantable}: a non-key caller may only grant roles it holds (401
 * {@code user_unauthorized}).</li>
 * <li>{@link #defaultsFor}: permissions of a new row/file created without
 * {@code permissions}.</li>
 * <li>{@link #allows}: may the caller do an action, given the table/bucket permissions,
 * the row/file security flag and the row/file permissions. The API key may always.</li>
 * </ul>
 */
public final class Permissions {

	/** Most permissions one resource may carry. */
	public static final int MAX_PERMISSIONS = 100;

	private Permissions() {
	}

	/**
	 * Validates and normalizes a {@code permissions} parameter: each entry parsed,
	 * allowed for the kind, {@code write} expanded, duplicates removed, order kept.
	 * @param param the parameter name for error messages, e.g. {@code permissions}
	 * @throws ApiException 400 {@code general_argument_invalid} naming the parameter
	 */
	public static List<String> normalize(String param, List<String> raw, ResourceKind kind) {
		if (raw.size() > MAX_PERMISSIONS) {
			throw ApiException.invalidParam(param, "You can only provide up to " + MAX_PERMISSIONS + " permissions.");
		}
		Set<String> result = new LinkedHashSet<>();
		for (String value : raw) {
			Permission permission;
			try {
				permission = Permission.parse(value);
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.invalidParam(param, String.valueOf(ex.getMessage()));
			}
			if (permission.type().equals("write")) {
				for (PermissionAction action : List.of(PermissionAction.CREATE, PermissionAction.UPDATE,
						PermissionAction.DELETE)) {
					if (kind.allowed().contains(action)) {
						result.add(Permission.of(action, permission.role()).toString());
					}
				}
				continue;
			}
			PermissionAction action = permission.action().orElseThrow();
			if (!kind.allowed().contains(action)) {
				throw ApiException.invalidParam(param, "Permission \"" + action.wireName()
						+ "\" is not allowed. Must be one of: " + String.join(", ", allowedNames(kind)) + ".");
			}
			result.add(permission.toString());
		}
		return List.copyOf(result);
	}

	/** Reads a stored {@code $permissions} array (strings only). */
	public static List<String> fromJson(@Nullable JsonNode array) {
		List<String> result = new ArrayList<>();
		if (array != null && array.isArray()) {
			for (JsonNode element : array) {
				if (element.isString()) {
					result.add(element.stringValue());
				}
			}
		}
		return result;
	}

	/**
	 * Throws 401 {@code user_unauthorized} unless every role in {@code permissions} is
	 * held by the caller; the API key may grant anything. Message as Appwrite:
	 * {@code Permissions must be one of: (any, users, ...)}.
	 */
	public static void requireGrantable(Caller caller, List<String> permissions) {
		if (caller.isKey()) {
			return;
		}
		for (String value : permissions) {
			Role role = Permission.parse(value).role();
			if (!caller.roles().contains(role.toString())) {
				throw ApiException
					.unauthorized("Permissions must be one of: (" + String.join(", ", caller.rolesInOrder()) + ")");
			}
		}
	}

	/**
	 * Permissions of a new row or file sent without {@code permissions}: for a signed-in
	 * user {@code read}, {@code update} and {@code delete} on {@code user:ID}; none for
	 * the API key or a guest.
	 */
	public static List<String> defaultsFor(Caller caller, ResourceKind kind) {
		String userId = caller.userId();
		if (caller.isKey() || userId == null) {
			return List.of();
		}
		List<String> defaults = new ArrayList<>();
		for (PermissionAction action : List.of(PermissionAction.READ, PermissionAction.UPDATE,
				PermissionAction.DELETE)) {
			if (kind.allowed().contains(action)) {
				defaults.add(Permission.of(action, new Role("user", userId, null)).toString());
			}
		}
		return defaults;
	}

	/**
	 * Whether the caller may do {@code action} under {@code permissions} (the API key may
	 * always).
	 */
	public static boolean allows(Caller caller, PermissionAction action, List<String> permissions) {
		if (caller.isKey()) {
			return true;
		}
		String prefix = action.wireName() + "(\"";
		for (String value : permissions) {
			if (value.startsWith(prefix) && value.endsWith("\")")
					&& caller.roles().contains(value.substring(prefix.length(), value.length() - 2))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the caller may do {@code action} on an item (row/file): allowed by the
	 * container's (table/bucket) permissions, or, when {@code itemSecurity}
	 * (rowSecurity/fileSecurity) is on, by the item's own permissions.
	 */
	public static boolean allows(Caller caller, PermissionAction action, List<String> containerPermissions,
			boolean itemSecurity, List<String> itemPermissions) {
		return allows(caller, action, containerPermissions)
				|| (itemSecurity && allows(caller, action, itemPermissions));
	}

	private static List<String> allowedNames(ResourceKind kind) {
		List<String> names = new ArrayList<>();
		for (PermissionAction action : PermissionAction.values()) {
			if (kind.allowed().contains(action)) {
				names.add(action.wireName());
			}
		}
		names.add("write");
		return names;
	}

}
