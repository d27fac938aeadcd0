package io.github.appwritespring.autoconfigure.security;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Appwrite calls that resolve a session ({@code GET /account}), from the
 * client's own observations: an application that declares {@link #registry() this
 * registry} as its {@code ObservationRegistry} bean has its admin client (and every
 * session view of it) observed.
 */
public final class AppwriteCalls {

	private final AtomicInteger accountGets = new AtomicInteger();

	private final ObservationRegistry registry = ObservationRegistry.create();

	public AppwriteCalls() {
		// not a handler bean itself: Spring Boot would register it a second time
		this.registry.observationConfig().observationHandler(new Counting());
	}

	/**
	 * @return a registry whose client observations this counts
	 */
	public ObservationRegistry registry() {
		return this.registry;
	}

	/**
	 * @return the {@code GET /account} calls made so far
	 */
	public int accountGets() {
		return this.accountGets.get();
	}

	private final class Counting implements ObservationHandler<Observation.Context> {

		@Override
		public void onStart(Observation.Context context) {
			KeyValue operation = context.getLowCardinalityKeyValue("appwrite.operation");
			if ("appwrite.client.requests".equals(context.getName()) && operation != null
					&& "GET /account".equals(operation.getValue())) {
				AppwriteCalls.this.accountGets.incrementAndGet();
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

	/**
	 * The counter and its registry as the application's {@code ObservationRegistry}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class AsBeans {

		@Bean
		AppwriteCalls appwriteCalls() {
			return new AppwriteCalls();
		}

		@Bean
		ObservationRegistry observationRegistry(AppwriteCalls calls) {
			return calls.registry();
		}

	}

}
