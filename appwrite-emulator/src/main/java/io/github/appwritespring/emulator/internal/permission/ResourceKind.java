package io.github.appwritespring.emulator.internal.permission;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of resource permissions are set on; it decides which actions may appear
 * (Appwrite rejects {@code create} on a row or a file) and what {@code write} expands to.
 */
public enum ResourceKind {

	/** A TablesDB row: read, update, delete. */
	ROW(EnumSet.of(PermissionAction.READ, PermissionAction.UPDATE, PermissionAction.DELETE)),
	/** A storage file: read, update, delete. */
	FILE(EnumSet.of(PermissionAction.READ, PermissionAction.UPDATE, PermissionAction.DELETE)),
	/** A TablesDB table: read, create, update, delete. */
	TABLE(EnumSet.allOf(PermissionAction.class)),
	/** A storage bucket: read, create, update, delete. */
	BUCKET(EnumSet.allOf(PermissionAction.class)),
	/** A function execution: read only (kept for completeness). */
	EXECUTION(EnumSet.of(PermissionAction.READ));

	private final Set<PermissionAction> allowed;

	ResourceKind(Set<PermissionAction> allowed) {
		this.allowed = allowed;
	}

	/** The actions that may be granted on this kind of resource. */
	public Set<PermissionAction> allowed() {
		return this.allowed;
	}

}
