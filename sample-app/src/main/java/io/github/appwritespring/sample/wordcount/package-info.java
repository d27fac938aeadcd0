/**
 * The word-count function: its logic, its emulator registration and its execution.
 */
@NullMarked
package io.github.appwritespring.sample.wordcount;

import org.jspecify.annotations.NullMarked;
