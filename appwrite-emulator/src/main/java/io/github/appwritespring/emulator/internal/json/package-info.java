/**
 * The emulator's JSON mapper and node helpers (Jackson), shared by every part of it.
 * Internal: not API.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.json;

import org.jspecify.annotations.NullMarked;
