/**
 * What the app sets up in Appwrite at start: database, table, bucket and, on the
 * emulator, the word-count function.
 */
@NullMarked
package io.github.appwritespring.sample.provision;

import org.jspecify.annotations.NullMarked;
