/**
 * An in-JVM Appwrite 1.8 compatible server for development and tests.
 */
@NullMarked
package io.github.appwritespring.emulator;

import org.jspecify.annotations.NullMarked;
