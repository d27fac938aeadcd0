package io.github.appwritespring.client.service;

import io.github.appwritespring.client.model.HealthStatus;
import io.github.appwritespring.client.transport.Blocking;

/**
 * Appwrite's Health service, blocking face.
 *
 * @since 0.1.0
 */
public class Health {

	private final ReactiveHealth reactive;

	/**
	 * Creates a new {@code Health}.
	 * @param reactive the reactive face this one waits for
	 */
	public Health(ReactiveHealth reactive) {
		this.reactive = reactive;
	}

	/**
	 * Returns the status of Appwrite's HTTP service.
	 * @return the status of Appwrite's HTTP service
	 */
	public HealthStatus get() {
		return Blocking.await(this.reactive.get(), "health().get()");
	}

}
