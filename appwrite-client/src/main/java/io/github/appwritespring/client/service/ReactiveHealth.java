package io.github.appwritespring.client.service;

import reactor.core.publisher.Mono;

import io.github.appwritespring.client.model.HealthStatus;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Health service, reactive face (needs an API key).
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveHealth extends Service {

	/**
	 * Creates a new {@code ReactiveHealth}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveHealth(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Returns the status of Appwrite's HTTP service.
	 * @return the status of Appwrite's HTTP service
	 */
	public Mono<HealthStatus> get() {
		return this.transport.call(ApiRequest.get("health"), this.context, HealthStatus.class);
	}

}
