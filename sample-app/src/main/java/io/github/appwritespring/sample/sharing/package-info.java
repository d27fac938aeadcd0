/**
 * Sharing a note read-only with another user, by email.
 */
@NullMarked
package io.github.appwritespring.sample.sharing;

import org.jspecify.annotations.NullMarked;
