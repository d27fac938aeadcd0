package io.github.appwritespring.emulator.internal.support;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * Conventions for stored documents: fields whose name starts with {@code _} are internal
 * (password hashes, secret hashes, bookkeeping) and are never sent to a client.
 */
public final class Documents {

	/** Prefix of internal fields. */
	public static final String INTERNAL_PREFIX = "_";

	private Documents() {
	}

	/** A copy of {@code document} without its internal fields, ready to be rendered. */
	public static ObjectNode publicView(ObjectNode document) {
		ObjectNode copy = document.deepCopy();
		List<String> internal = new ArrayList<>();
		for (String name : copy.propertyNames()) {
			if (name.startsWith(INTERNAL_PREFIX)) {
				internal.add(name);
			}
		}
		copy.remove(internal);
		return copy;
	}

}
