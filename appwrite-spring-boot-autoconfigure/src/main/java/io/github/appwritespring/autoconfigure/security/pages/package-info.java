/**
 * The default pages of the account lifecycle (sign-in, sign-up, forgot and reset
 * password, second factor, emailed code, verify your email), rendered the same way for
 * both web stacks when the application serves no page of its own at their paths.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.pages;

import org.jspecify.annotations.NullMarked;
