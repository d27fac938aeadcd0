/**
 * Appwrite's resource tokens: file tokens whose secret (a signed JWT) grants read access
 * to one file through {@code ?token=}.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.tokens;

import org.jspecify.annotations.NullMarked;
