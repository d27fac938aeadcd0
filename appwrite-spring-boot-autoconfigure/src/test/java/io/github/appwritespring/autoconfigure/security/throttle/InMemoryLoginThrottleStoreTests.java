package io.github.appwritespring.autoconfigure.security.throttle;

/**
 * The store contract on the in-memory store.
 */
class InMemoryLoginThrottleStoreTests extends LoginThrottleStoreContract {

	private final InMemoryLoginThrottleStore store = new InMemoryLoginThrottleStore(10_000);

	@Override
	LoginThrottleStore store() {
		return this.store;
	}

}
