/**
 * Appwrite's webhook, stack-neutral: the signature check, what each event makes the
 * session cache forget, and how evictions reach every instance (locally, or through Redis
 * pub/sub). The servlet and WebFlux glue only read the request and write the status.
 */
@NullMarked
package io.github.appwritespring.autoconfigure.security.events;

import org.jspecify.annotations.NullMarked;
