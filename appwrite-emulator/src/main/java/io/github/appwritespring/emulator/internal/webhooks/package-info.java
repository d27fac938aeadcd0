/**
 * Webhooks as Appwrite 1.8.1 sends them: event-name expansion, subscription matching,
 * signed deliveries off the request thread after the response, failure counting.
 * Internal: not API.
 */
@NullMarked
package io.github.appwritespring.emulator.internal.webhooks;

import org.jspecify.annotations.NullMarked;
