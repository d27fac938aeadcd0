/**
 * Shared notebooks: an Appwrite team whose members read the notes written into it,
 * through team role permissions and the members' own sessions.
 */
@NullMarked
package io.github.appwritespring.sample.notebook;

import org.jspecify.annotations.NullMarked;
