/**
 * The notes pages: the controllers and views of notes, their attachments and sharing.
 */
@NullMarked
package io.github.appwritespring.sample.pages;

import org.jspecify.annotations.NullMarked;
