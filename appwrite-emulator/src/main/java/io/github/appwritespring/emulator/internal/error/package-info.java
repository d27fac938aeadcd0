/**
 * Appwrite-shaped API errors and their JSON rendering.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.error;

import org.jspecify.annotations.NullMarked;
