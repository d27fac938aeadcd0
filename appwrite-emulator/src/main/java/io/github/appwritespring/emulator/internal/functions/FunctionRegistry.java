package io.github.appwritespring.emulator.internal.functions;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.appwritespring.emulator.functions.FunctionHandler;

/**
 * The functions registered in this emulator, and the background executor of asynchronous
 * executions. Registrations are configuration: they survive {@code reset()}.
 */
public final class FunctionRegistry {

	private final Map<String, Registered> functions = new ConcurrentHashMap<>();

	private final ExecutorService background = Executors.newFixedThreadPool(2,
			new java.util.concurrent.ThreadFactory() {

				private final AtomicInteger count = new AtomicInteger();

				@Override
				public Thread newThread(Runnable task) {
					Thread thread = new Thread(task, "appwrite-emulator-function-" + this.count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}
			});

	void register(String id, String registeredAt, FunctionHandler handler) {
		this.functions.put(id, new Registered(id, id, registeredAt, handler));
	}

	boolean unregister(String id) {
		return this.functions.remove(id) != null;
	}

	Optional<Registered> find(String id) {
		return Optional.ofNullable(this.functions.get(id));
	}

	java.util.Collection<Registered> all() {
		return this.functions.values();
	}

	ExecutorService background() {
		return this.background;
	}

	/** A registered function. */
	record Registered(String id, String name, String registeredAt, FunctionHandler handler) {
	}

}
