/**
 * Values the application signs for the browser to carry and bring back (trusted-device
 * cookies, passkey ceremonies): HMAC-SHA256 over the value and when it was issued.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.signing;

import org.jspecify.annotations.NullMarked;
