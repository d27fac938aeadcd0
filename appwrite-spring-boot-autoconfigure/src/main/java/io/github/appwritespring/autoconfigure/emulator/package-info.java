/**
 * The embedded Appwrite emulator as the development default.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.emulator;

import org.jspecify.annotations.NullMarked;
