/**
 * Appwrite sign-in for Spring WebFlux applications: the {@code ServerHttpSecurity}
 * configurer, the stateless security context repository, the web filters and the default
 * {@code SecurityWebFilterChain}.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.reactive;

import org.jspecify.annotations.NullMarked;
