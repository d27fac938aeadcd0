package io.github.appwritespring.emulator.internal.permission;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Caller;
import io.github.appwritespring.emulator.internal.error.ApiException;

/**
 * Appwrite's rules for items in a container (rows in a table, files in a bucket): the
 * container's permissions, or the item's own too when the container's security flag
 * ({@code rowSecurity}, {@code fileSecurity}) is on; the API key may do anything.
 *
 * @param securityFlag the container's field that turns item permissions on
 */
public record ItemAccess(String securityFlag) {

	/** Rows in tables. */
	public static final ItemAccess ROWS = new ItemAccess("rowSecurity");

	/** Files in buckets. */
	public static final ItemAccess FILES = new ItemAccess("fileSecurity");

	/** Whether the caller may do {@code action} on {@code item} in {@code container}. */
	public boolean allows(Caller caller, PermissionAction action, ObjectNode container, ObjectNode item) {
		return Permissions.allows(caller, action, Permissions.fromJson(container.get("$permissions")),
				container.path(this.securityFlag).asBoolean(), Permissions.fromJson(item.get("$permissions")));
	}

	/**
	 * Whether the container's own permissions let the caller do {@code action} (e.g.
	 * create).
	 */
	public boolean allowsContainer(Caller caller, PermissionAction action, ObjectNode container) {
		return Permissions.allows(caller, action, Permissions.fromJson(container.get("$permissions")));
	}

	/**
	 * Which items a list may show: all with the container's read permission; with item
	 * security the readable ones; otherwise the caller may not list at all (401
	 * {@code user_unauthorized}).
	 */
	public List<ObjectNode> readable(Caller caller, ObjectNode container, List<ObjectNode> items) {
		if (allowsContainer(caller, PermissionAction.READ, container)) {
			return items;
		}
		if (!container.path(this.securityFlag).asBoolean()) {
			throw unauthorized();
		}
		return items.stream().filter((item) -> allows(caller, PermissionAction.READ, container, item)).toList();
	}

	/** Appwrite's answer to an action the caller's roles do not allow. */
	public static ApiException unauthorized() {
		return ApiException.unauthorized("The current user is not authorized to perform the requested action.");
	}
}
