/**
 * The per-request Appwrite session client in Spring WebFlux applications.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.web.reactive;

import org.jspecify.annotations.NullMarked;
