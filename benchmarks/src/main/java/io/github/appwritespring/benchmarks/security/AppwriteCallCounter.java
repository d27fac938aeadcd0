package io.github.appwritespring.benchmarks.security;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

import io.github.appwritespring.autoconfigure.AppwriteClientCustomizer;
import io.github.appwritespring.client.AppwriteClient;

/**
 * Counts an application's session resolutions against Appwrite ({@code GET /account}),
 * from its admin client's observations only (the customizer gives the client a registry
 * of its own, so Spring Security is not observed and the load is the same).
 */
final class AppwriteCallCounter implements AppwriteClientCustomizer {

	private final AtomicInteger accountGets = new AtomicInteger();

	private final ObservationRegistry registry = ObservationRegistry.create();

	AppwriteCallCounter() {
		this.registry.observationConfig().observationHandler(new Counting());
	}

	@Override
	public void customize(AppwriteClient.Builder builder) {
		builder.observationRegistry(this.registry);
	}

	int accountGets() {
		return this.accountGets.get();
	}

	private final class Counting implements ObservationHandler<Observation.Context> {

		@Override
		public void onStart(Observation.Context context) {
			KeyValue operation = context.getLowCardinalityKeyValue("appwrite.operation");
			if (operation != null && "GET /account".equals(operation.getValue())) {
				AppwriteCallCounter.this.accountGets.incrementAndGet();
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

}
