package io.github.appwritespring.autoconfigure.security.throttle;

/**
 * One key a sign-in attempt is counted against, with the failures it may have before
 * waits start.
 *
 * @param key the key, e.g. {@code account:alice@example.com} or {@code ip:203.0.113.7}
 * @param freeFailures failures allowed before each further attempt has to wait
 * @since 0.1.0
 */
public record ThrottleKey(String key, int freeFailures) {

}
