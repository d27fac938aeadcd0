/**
 * A note's files in Appwrite Storage.
 */
@NullMarked
package io.github.appwritespring.sample.attachments;

import org.jspecify.annotations.NullMarked;
