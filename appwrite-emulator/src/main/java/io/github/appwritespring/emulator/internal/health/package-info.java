/**
 * The Health routes.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.health;

import org.jspecify.annotations.NullMarked;
