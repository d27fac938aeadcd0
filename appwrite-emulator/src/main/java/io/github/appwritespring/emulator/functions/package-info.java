/**
 * Functions: handlers registered in the JVM under a function ID, run synchronously or in
 * the background as Appwrite executions.
 */
@NullMarked
package io.github.appwritespring.emulator.functions;

import org.jspecify.annotations.NullMarked;
