package io.github.appwritespring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.appwritespring.client.AppwriteErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Helpers for the tests that drive the emulator with our client: Appwrite errors and
 * calls made at once from many threads.
 */
final class ClientCalls {

	private ClientCalls() {
	}

	/** Runs the calls at once, one thread each; answers their outcomes in order. */
	static List<String> runAtOnce(List<Callable<String>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<Future<String>> futures = pool.invokeAll(calls);
			List<String> outcomes = new ArrayList<>();
			for (Future<String> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** {@code ok}, or the type of the Appwrite error the call ended with. */
	static String outcome(Runnable call) {
		try {
			call.run();
			return "ok";
		}
		catch (AppwriteErrorResponseException ex) {
			return ex.getType();
		}
	}

	static void assertNotFound(Runnable call) {
		assertError(call, 404, "row_not_found");
	}

	static void assertError(Runnable call, int status, String type) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
			assertThat(ex.getType()).isEqualTo(type);
			assertThat(ex.getStatus()).isEqualTo(status);
		});
	}

}
