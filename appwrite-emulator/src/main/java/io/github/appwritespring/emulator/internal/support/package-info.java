/**
 * Small shared helpers: Appwrite IDs, dates and document views. Internal: not API.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.support;

import org.jspecify.annotations.NullMarked;
