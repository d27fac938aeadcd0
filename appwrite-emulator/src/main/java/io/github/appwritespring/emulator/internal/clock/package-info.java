/**
 * The emulator's clock: the configured clock moved forward on demand through
 * {@code POST /_emulator/clock} (API key), so tests of the standalone emulator can expire
 * secrets without waiting. Internal: not API.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.clock;

import org.jspecify.annotations.NullMarked;
