/**
 * Notes: rows of the notes table, read and written as the signed-in user.
 */
@NullMarked
package io.github.appwritespring.sample.notes;

import org.jspecify.annotations.NullMarked;
