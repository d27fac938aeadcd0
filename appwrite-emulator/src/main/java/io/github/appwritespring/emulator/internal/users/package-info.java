/**
 * The Users routes (API key only).
 */
@NullMarked
package io.github.appwritespring.emulator.internal.users;

import org.jspecify.annotations.NullMarked;
