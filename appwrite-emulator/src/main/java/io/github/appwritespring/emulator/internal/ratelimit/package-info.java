/**
 * Appwrite-like rate limits (fixed windows, skipped for API-key callers).
 */
@NullMarked
package io.github.appwritespring.emulator.internal.ratelimit;

import org.jspecify.annotations.NullMarked;
