package io.github.appwritespring.emulator.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.emulator.internal.auth.Caller;

/**
 * What the request being handled on this thread knows beyond its {@link ApiRequest}: its
 * caller, and work to run once its response has been sent (e.g. webhook deliveries, which
 * Appwrite queues only after the write is acknowledged). Work deferred by a request that
 * ends in an error is dropped, as Appwrite triggers no events for a failed request.
 */
public final class RequestScope {

	private static final ThreadLocal<@Nullable RequestScope> CURRENT = new ThreadLocal<>();

	private final List<Runnable> afterResponse = new ArrayList<>();

	private @Nullable Caller caller;

	private RequestScope() {
	}

	/** Opens a scope on this thread; the server closes it when the exchange ends. */
	static RequestScope open() {
		RequestScope scope = new RequestScope();
		CURRENT.set(scope);
		return scope;
	}

	/** Sets the resolved caller. */
	void caller(Caller caller) {
		this.caller = caller;
	}

	/** Ends the scope on this thread and returns the deferred work, in order. */
	List<Runnable> close() {
		CURRENT.remove();
		return List.copyOf(this.afterResponse);
	}

	/** The caller of the request handled on this thread, if any. */
	public static Optional<Caller> currentCaller() {
		RequestScope scope = CURRENT.get();
		return (scope != null) ? Optional.ofNullable(scope.caller) : Optional.empty();
	}

	/**
	 * Runs the task after the response of the request handled on this thread has been
	 * sent, or now when no request is being handled on this thread (e.g. a call through
	 * the Java API).
	 */
	public static void afterResponse(Runnable task) {
		RequestScope scope = CURRENT.get();
		if (scope != null) {
			scope.afterResponse.add(task);
		}
		else {
			task.run();
		}
	}

}
