/**
 * Appwrite-shaped API errors and their JSON rendering.
 */
@NullMarked
package io.github.appwritespring.emulator.error;

import org.jspecify.annotations.NullMarked;
