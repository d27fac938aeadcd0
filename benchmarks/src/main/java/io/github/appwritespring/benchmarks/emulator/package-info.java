/**
 * The emulator's speed: start, reset, throughput and indexed lookups.
 */
@NullMarked
package io.github.appwritespring.benchmarks.emulator;

import org.jspecify.annotations.NullMarked;
