/**
 * The Health routes.
 */
@NullMarked
package io.github.appwritespring.emulator.health;

import org.jspecify.annotations.NullMarked;
