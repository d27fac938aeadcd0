package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.AppwriteFunction;
import io.github.appwritespring.client.model.AppwriteFunctionList;
import io.github.appwritespring.client.model.Execution;
import io.github.appwritespring.client.model.ExecutionList;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Paginator;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Functions service, reactive face: reading functions (API key) and running
 * them (API key or a user's session, if the function's {@code execute} roles allow).
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveFunctions extends Service {

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");

	/**
	 * Creates a new {@code ReactiveFunctions}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveFunctions(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Returns a page of functions.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of functions
	 */
	public Mono<AppwriteFunctionList> list(@Nullable List<String> queries, @Nullable String search) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("functions").queryArray("queries", queries(queries)).query("search", search),
				this.context, AppwriteFunctionList.class));
	}

	/**
	 * Returns every function, page by page.
	 * @param queries filters and ordering, or {@code null}
	 * @return every function, page by page
	 */
	public Flux<AppwriteFunction> listAll(@Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> list(page, null),
				AppwriteFunction::id);
	}

	/**
	 * Returns the function.
	 * @param functionId the function ID
	 * @return the function
	 */
	public Mono<AppwriteFunction> get(String functionId) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("functions", Require.nonBlank("functionId", functionId)),
					this.context, AppwriteFunction.class));
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
	public Mono<Execution> createExecution(String functionId, @Nullable String body, boolean async,
			@Nullable String path, @Nullable String method, @Nullable Map<String, String> headers) {
		return Mono.defer(() -> {
			if (method != null && !METHODS.contains(method)) {
				throw new IllegalArgumentException("'method' must be one of " + METHODS + " but was '" + method + "'");
			}
			if (path != null && !path.startsWith("/")) {
				throw new IllegalArgumentException("'path' must start with '/' but was '" + path + "'");
			}
			return this.transport
				.call(ApiRequest.post("functions", Require.nonBlank("functionId", functionId), "executions")
					.json(JsonBody.create()
						.with("body", body)
						.with("async", async)
						.with("path", path)
						.with("method", method)
						.with("headers", headers)), this.context, Execution.class);
		});
	}

	/**
	 * Returns a page of the function's executions.
	 * @param functionId the function ID
	 * @param queries queries, or {@code null}
	 * @return a page of the function's executions
	 */
	public Mono<ExecutionList> listExecutions(String functionId, @Nullable List<String> queries) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("functions", Require.nonBlank("functionId", functionId), "executions")
				.queryArray("queries", queries(queries)), this.context, ExecutionList.class));
	}

	/**
	 * Returns every execution, page by page.
	 * @param functionId the function ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every execution, page by page
	 */
	public Flux<Execution> listAllExecutions(String functionId, @Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> listExecutions(functionId, page),
				Execution::id);
	}

	/**
	 * Returns the execution.
	 * @param functionId the function ID
	 * @param executionId the execution ID
	 * @return the execution
	 */
	public Mono<Execution> getExecution(String functionId, String executionId) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("functions", Require.nonBlank("functionId", functionId),
					"executions", Require.nonBlank("executionId", executionId)), this.context, Execution.class));
	}

	/**
	 * Returns completion once the execution is deleted (API key).
	 * @param functionId the function ID
	 * @param executionId the execution ID
	 * @return completion once the execution is deleted (API key)
	 */
	public Mono<Void> deleteExecution(String functionId, String executionId) {
		return Mono.defer(() -> this.transport.callForNoContent(ApiRequest.delete("functions",
				Require.nonBlank("functionId", functionId), "executions", Require.nonBlank("executionId", executionId)),
				this.context));
	}

}
