package io.github.appwritespring.emulator.internal.permission;

import java.util.Locale;

/**
 * What a permission allows. {@code write} is not an action: it is expanded by
 * {@link Permissions#normalize}.
 */
public enum PermissionAction {

	/** Reading the resource. */
	READ,

	/** Creating resources inside it. */
	CREATE,

	/** Changing it. */
	UPDATE,

	/** Deleting it. */
	DELETE;

	/** The wire name, e.g. {@code read}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
