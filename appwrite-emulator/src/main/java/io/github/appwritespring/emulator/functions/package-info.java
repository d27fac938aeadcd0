/**
 * Functions run by the emulator in this JVM: a {@link FunctionHandler} registered under a
 * function ID answers that function's executions, synchronously or in the background,
 * with a {@link FunctionResponse}. Public API.
 */
@NullMarked
package io.github.appwritespring.emulator.functions;

import org.jspecify.annotations.NullMarked;
