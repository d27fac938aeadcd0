/**
 * The extension point for feature code: route modules and the context they receive.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.module;

import org.jspecify.annotations.NullMarked;
