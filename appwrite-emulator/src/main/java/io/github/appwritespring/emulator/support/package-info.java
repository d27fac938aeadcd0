/**
 * Small shared helpers: Appwrite IDs, dates and the JSON mapper.
 */
@NullMarked
package io.github.appwritespring.emulator.support;

import org.jspecify.annotations.NullMarked;
