/**
 * The sign-in and sign-up pages and the security chain. The form posts themselves
 * ({@code /auth/*}) are handled by the starter's Spring Security integration.
 */
@NullMarked
package io.github.appwritespring.sample.auth;

import org.jspecify.annotations.NullMarked;
