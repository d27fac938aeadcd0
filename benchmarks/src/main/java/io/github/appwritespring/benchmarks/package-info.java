/**
 * Benchmarks (JMH and load runs) of the client, the emulator and the starter; see
 * benchmarks/README.md.
 */
@NullMarked
package io.github.appwritespring.benchmarks;

import org.jspecify.annotations.NullMarked;
