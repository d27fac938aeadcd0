package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.model.AppwriteFunction;
import io.github.appwritespring.client.model.AppwriteFunctionList;
import io.github.appwritespring.client.model.Execution;
import io.github.appwritespring.client.model.ExecutionList;
import io.github.appwritespring.client.transport.Blocking;

/**
 * Appwrite's Functions service, blocking face. Each method waits for
 * {@link ReactiveFunctions}'s answer; see there for the details. Never call it on a Netty
 * event loop.
 *
 * @since 0.1.0
 */
public class Functions {

	private final ReactiveFunctions reactive;

	/**
	 * Creates a new {@code Functions}.
	 * @param reactive the reactive face this one waits for
	 */
	public Functions(ReactiveFunctions reactive) {
		this.reactive = reactive;
	}

	/**
	 * Returns a page of functions.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of functions
	 */
	public AppwriteFunctionList list(@Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.list(queries, search), "functions().list()");
	}

	/**
	 * Returns every function, fetched lazily page by page; close the stream to stop
	 * early.
	 * @param queries filters and ordering, or {@code null}
	 * @return every function, fetched lazily page by page; close the stream to stop early
	 */
	public Stream<AppwriteFunction> listAll(@Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAll(queries), "functions().listAll()");
	}

	/**
	 * Returns the function.
	 * @param functionId the function ID
	 * @return the function
	 */
	public AppwriteFunction get(String functionId) {
		return Blocking.await(this.reactive.get(functionId), "functions().get()");
	}

	/**
	 * Runs a function. Synchronous executions answer with the function's response;
	 * asynchronous ones answer at once with status {@code waiting}.
	 * @param functionId the function ID
	 * @param body the request body, or {@code null} for none
	 * @param async whether to run in the background
	 * @param path the path the function sees (may include a query), or {@code null} for
	 * {@code /}
	 * @param method the HTTP method the function sees, or {@code null} for {@code POST}
	 * @param headers headers the function sees, or {@code null}
	 * @return the execution
	 */
	public Execution createExecution(String functionId, @Nullable String body, boolean async, @Nullable String path,
			@Nullable String method, @Nullable Map<String, String> headers) {
		return Blocking.await(this.reactive.createExecution(functionId, body, async, path, method, headers),
				"functions().createExecution()");
	}

	/**
	 * Returns a page of the function's executions.
	 * @param functionId the function ID
	 * @param queries queries, or {@code null}
	 * @return a page of the function's executions
	 */
	public ExecutionList listExecutions(String functionId, @Nullable List<String> queries) {
		return Blocking.await(this.reactive.listExecutions(functionId, queries), "functions().listExecutions()");
	}

	/**
	 * Returns every execution, fetched lazily page by page; close the stream to stop
	 * early.
	 * @param functionId the function ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every execution, fetched lazily page by page; close the stream to stop
	 * early
	 */
	public Stream<Execution> listAllExecutions(String functionId, @Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllExecutions(functionId, queries), "functions().listAllExecutions()");
	}

	/**
	 * Returns the execution.
	 * @param functionId the function ID
	 * @param executionId the execution ID
	 * @return the execution
	 */
	public Execution getExecution(String functionId, String executionId) {
		return Blocking.await(this.reactive.getExecution(functionId, executionId), "functions().getExecution()");
	}

	/**
	 * Deletes the execution.
	 * @param functionId the function ID
	 * @param executionId the execution ID
	 */
	public void deleteExecution(String functionId, String executionId) {
		Blocking.run(this.reactive.deleteExecution(functionId, executionId), "functions().deleteExecution()");
	}

}
