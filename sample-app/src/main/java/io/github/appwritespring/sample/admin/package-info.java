/**
 * The admin page, for users with the {@code admin} label.
 */
@NullMarked
package io.github.appwritespring.sample.admin;

import org.jspecify.annotations.NullMarked;
