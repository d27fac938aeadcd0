/**
 * Brute-force protection for sign-in: the throttle and the stores where failures are
 * counted.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.throttle;

import org.jspecify.annotations.NullMarked;
