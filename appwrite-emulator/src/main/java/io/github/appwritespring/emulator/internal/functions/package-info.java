/**
 * Function executions: the registry of JVM handlers, the routes and the standalone echo
 * function. Internal: not API.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.functions;

import org.jspecify.annotations.NullMarked;
