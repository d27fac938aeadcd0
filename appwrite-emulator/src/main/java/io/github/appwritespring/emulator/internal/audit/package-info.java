/**
 * Appwrite's audit log entries (the Log model) that several services answer.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.audit;

import org.jspecify.annotations.NullMarked;
