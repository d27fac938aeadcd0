/**
 * Helpers that the value types, the services and the transport share: the JSON mapper and
 * argument checks. Internal: not API, it may change in any release.
 */
@NullMarked
package io.github.appwritespring.client.internal;

import org.jspecify.annotations.NullMarked;
