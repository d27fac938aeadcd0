/**
 * Rules both web stacks of the Spring Security integration apply (redirect targets,
 * sign-in pages, the OAuth2 state and its cookie, the CSRF cookie, the bounce page, JSON
 * answers, Retry-After), written once for both. Internal: not API, it may change in any
 * release.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.internal;

import org.jspecify.annotations.NullMarked;
