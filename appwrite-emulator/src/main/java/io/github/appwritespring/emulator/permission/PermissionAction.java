package io.github.appwritespring.emulator.permission;

import java.util.Locale;

/**
 * What a permission allows. {@code write} is not an action: it is expanded by
 * {@link Permissions#normalize}.
 */
public enum PermissionAction {

	READ, CREATE, UPDATE, DELETE;

	/** The wire name, e.g. {@code read}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
