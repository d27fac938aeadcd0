package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.AppwriteFunction;
import io.github.appwritespring.client.model.AppwriteFunctionList;
import io.github.appwritespring.client.model.Deployment;
import io.github.appwritespring.client.model.DeploymentList;
import io.github.appwritespring.client.model.Execution;
import io.github.appwritespring.client.model.ExecutionList;
import io.github.appwritespring.client.model.ExecutionRequest;
import io.github.appwritespring.client.model.FunctionOptions;
import io.github.appwritespring.client.model.FunctionRuntimeList;
import io.github.appwritespring.client.model.SpecificationList;
import io.github.appwritespring.client.model.Variable;
import io.github.appwritespring.client.model.VariableList;
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
		return list(queries, search, null);
	}

	/**
	 * Returns a page of functions.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of functions
	 */
	public Mono<AppwriteFunctionList> list(@Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("functions")
			.queryArray("queries", queries(queries))
			.query("total", total)
			.query("search", search), this.context, AppwriteFunctionList.class));
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
			ExecutionRequest request = new ExecutionRequest((method != null) ? method : "POST",
					(path != null) ? path : "/", (headers != null) ? headers : Map.of(), body, async, null);
			return createExecution(functionId, request);
		});
	}

	/**
	 * Returns a page of the function's executions.
	 * @param functionId the function ID
	 * @param queries queries, or {@code null}
	 * @return a page of the function's executions
	 */
	public Mono<ExecutionList> listExecutions(String functionId, @Nullable List<String> queries) {
		return listExecutions(functionId, queries, null);
	}

	/**
	 * Returns a page of the function's executions.
	 * @param functionId the function ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of the function's executions
	 */
	public Mono<ExecutionList> listExecutions(String functionId, @Nullable List<String> queries,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("functions", Require.nonBlank("functionId", functionId), "executions")
				.queryArray("queries", queries(queries))
				.query("total", total), this.context, ExecutionList.class));
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

	/**
	 * List runtimes.
	 * @return the function runtime list
	 */
	public Mono<FunctionRuntimeList> listRuntimes() {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("functions", "runtimes"), this.context,
				FunctionRuntimeList.class));
	}

	/**
	 * List specifications.
	 * @return the specification list
	 */
	public Mono<SpecificationList> listSpecifications() {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("functions", "specifications"), this.context,
				SpecificationList.class));
	}

	/**
	 * Delete function.
	 * @param functionId the function ID
	 * @return completion once done
	 */
	public Mono<Void> delete(String functionId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("functions", Require.nonBlank("functionId", functionId)), this.context));
	}

	/**
	 * Update function's deployment.
	 * @param functionId the function ID
	 * @param deploymentId deployment ID
	 * @return the appwrite function
	 */
	public Mono<AppwriteFunction> updateFunctionDeployment(String functionId, String deploymentId) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest.patch("functions", Require.nonBlank("functionId", functionId), "deployment")
							.json(JsonBody.create()
								.with("deploymentId", Require.nonBlank("deploymentId", deploymentId))),
						this.context, AppwriteFunction.class));
	}

	/**
	 * List deployments.
	 * @param functionId the function ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the deployment list
	 */
	public Mono<DeploymentList> listDeployments(String functionId, @Nullable List<String> queries,
			@Nullable String search, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("functions", Require.nonBlank("functionId", functionId), "deployments")
				.queryArray("queries", queries(queries))
				.query("search", search)
				.query("total", total), this.context, DeploymentList.class));
	}

	/**
	 * Create duplicate deployment.
	 * @param functionId the function ID
	 * @param deploymentId deployment ID
	 * @param buildId build unique ID, or {@code null}
	 * @return the deployment
	 */
	public Mono<Deployment> createDuplicateDeployment(String functionId, String deploymentId,
			@Nullable String buildId) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.post("functions", Require.nonBlank("functionId", functionId), "deployments", "duplicate")
				.json(JsonBody.create()
					.with("deploymentId", Require.nonBlank("deploymentId", deploymentId))
					.with("buildId", buildId)), this.context, Deployment.class));
	}

	/**
	 * Create template deployment.
	 * @param functionId the function ID
	 * @param repository repository name of the template
	 * @param owner the name of the owner of the template
	 * @param rootDirectory path to function code in the template repo
	 * @param type type for the reference provided
	 * @param reference reference value, can be a commit hash, branch name, or release tag
	 * @param activate automatically activate the deployment when it is finished building,
	 * or {@code null}
	 * @return the deployment
	 */
	public Mono<Deployment> createTemplateDeployment(String functionId, String repository, String owner,
			String rootDirectory, String type, String reference, @Nullable Boolean activate) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.post("functions", Require.nonBlank("functionId", functionId), "deployments", "template")
					.json(Deployments.template(repository, owner, rootDirectory, type, reference, activate)),
				this.context, Deployment.class));
	}

	/**
	 * Create VCS deployment.
	 * @param functionId the function ID
	 * @param type type of reference passed
	 * @param reference the VCS reference to create deployment from
	 * @param activate automatically activate the deployment when it is finished building,
	 * or {@code null}
	 * @return the deployment
	 */
	public Mono<Deployment> createVcsDeployment(String functionId, String type, String reference,
			@Nullable Boolean activate) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.post("functions", Require.nonBlank("functionId", functionId), "deployments", "vcs")
				.json(Deployments.vcs(type, reference, activate)), this.context, Deployment.class));
	}

	/**
	 * Get deployment.
	 * @param functionId the function ID
	 * @param deploymentId the deployment ID
	 * @return the deployment
	 */
	public Mono<Deployment> getDeployment(String functionId, String deploymentId) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("functions", Require.nonBlank("functionId", functionId),
					"deployments", Require.nonBlank("deploymentId", deploymentId)), this.context, Deployment.class));
	}

	/**
	 * Delete deployment.
	 * @param functionId the function ID
	 * @param deploymentId the deployment ID
	 * @return completion once done
	 */
	public Mono<Void> deleteDeployment(String functionId, String deploymentId) {
		return Mono.defer(() -> this.transport
			.callForNoContent(ApiRequest.delete("functions", Require.nonBlank("functionId", functionId), "deployments",
					Require.nonBlank("deploymentId", deploymentId)), this.context));
	}

	/**
	 * Get deployment download.
	 * @param functionId the function ID
	 * @param deploymentId the deployment ID
	 * @param type deployment file to download, or {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getDeploymentDownload(String functionId, String deploymentId, @Nullable String type) {
		return Flux.defer(() -> this.transport.callForBytes(ApiRequest
			.get("functions", Require.nonBlank("functionId", functionId), "deployments",
					Require.nonBlank("deploymentId", deploymentId), "download")
			.query("type", type)
			.accept("*/*"), this.context));
	}

	/**
	 * Update deployment status.
	 * @param functionId the function ID
	 * @param deploymentId the deployment ID
	 * @return the deployment
	 */
	public Mono<Deployment> updateDeploymentStatus(String functionId, String deploymentId) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest.patch("functions", Require.nonBlank("functionId", functionId), "deployments",
								Require.nonBlank("deploymentId", deploymentId), "status"),
						this.context, Deployment.class));
	}

	/**
	 * List variables.
	 * @param functionId the function ID
	 * @return the variable list
	 */
	public Mono<VariableList> listVariables(String functionId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("functions", Require.nonBlank("functionId", functionId), "variables"), this.context,
				VariableList.class));
	}

	/**
	 * Create variable.
	 * @param functionId the function ID
	 * @param key the key
	 * @param value variable value
	 * @param secret secret variables can be updated or deleted, but only functions can
	 * read them during build and runtime, or {@code null}
	 * @return the variable
	 */
	public Mono<Variable> createVariable(String functionId, String key, String value, @Nullable Boolean secret) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.post("functions", Require.nonBlank("functionId", functionId), "variables")
				.json(JsonBody.create()
					.with("key", Require.nonBlank("key", key))
					.with("value", Require.nonBlank("value", value))
					.with("secret", secret)), this.context, Variable.class));
	}

	/**
	 * Get variable.
	 * @param functionId the function ID
	 * @param variableId the variable ID
	 * @return the variable
	 */
	public Mono<Variable> getVariable(String functionId, String variableId) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("functions", Require.nonBlank("functionId", functionId),
					"variables", Require.nonBlank("variableId", variableId)), this.context, Variable.class));
	}

	/**
	 * Update variable.
	 * @param functionId the function ID
	 * @param variableId the variable ID
	 * @param key the key
	 * @param value variable value, or {@code null}
	 * @param secret secret variables can be updated or deleted, but only functions can
	 * read them during build and runtime, or {@code null}
	 * @return the variable
	 */
	public Mono<Variable> updateVariable(String functionId, String variableId, String key, @Nullable String value,
			@Nullable Boolean secret) {
		return Mono.defer(() -> this.transport.call(ApiRequest
			.put("functions", Require.nonBlank("functionId", functionId), "variables",
					Require.nonBlank("variableId", variableId))
			.json(JsonBody.create()
				.with("key", Require.nonBlank("key", key))
				.with("value", value)
				.with("secret", secret)), this.context, Variable.class));
	}

	/**
	 * Delete variable.
	 * @param functionId the function ID
	 * @param variableId the variable ID
	 * @return completion once done
	 */
	public Mono<Void> deleteVariable(String functionId, String variableId) {
		return Mono.defer(() -> this.transport.callForNoContent(ApiRequest.delete("functions",
				Require.nonBlank("functionId", functionId), "variables", Require.nonBlank("variableId", variableId)),
				this.context));
	}

	/**
	 * Creates a function.
	 * @param functionId the new function's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param runtime its runtime, e.g. {@code node-22}
	 * @param options its other settings ({@link FunctionOptions#defaults()} for
	 * Appwrite's)
	 * @return the function
	 */
	public Mono<AppwriteFunction> create(String functionId, String name, String runtime, FunctionOptions options) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("functions")
			.json(JsonBody.create()
				.with("functionId", Require.id("functionId", functionId))
				.with("name", Require.nonBlank("name", name))
				.with("runtime", Require.nonBlank("runtime", runtime))
				.withAll(Require.nonNull("options", options))), this.context, AppwriteFunction.class));
	}

	/**
	 * Creates a function with Appwrite's default settings.
	 * @param functionId the new function's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param runtime its runtime, e.g. {@code node-22}
	 * @return the function
	 */
	public Mono<AppwriteFunction> create(String functionId, String name, String runtime) {
		return create(functionId, name, runtime, FunctionOptions.defaults());
	}

	/**
	 * Updates a function. Appwrite replaces the settings: one left {@code null} in the
	 * options takes Appwrite's default.
	 * @param functionId the function ID
	 * @param name its name
	 * @param runtime its runtime, or {@code null} to keep it
	 * @param options its other settings
	 * @return the function
	 */
	public Mono<AppwriteFunction> update(String functionId, String name, @Nullable String runtime,
			FunctionOptions options) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.put("functions", Require.nonBlank("functionId", functionId))
				.json(JsonBody.create()
					.with("name", Require.nonBlank("name", name))
					.with("runtime", runtime)
					.withAll(Require.nonNull("options", options))), this.context, AppwriteFunction.class));
	}

	/**
	 * Uploads code as a new deployment of the function: a {@code .tar.gz} of the source,
	 * in one request up to 5 MiB, else in 5 MiB chunks read as they are sent.
	 * @param functionId the function ID
	 * @param code the gzipped tar archive of the code
	 * @param activate whether the deployment becomes active once built
	 * @param entrypoint the file executed, or {@code null} for the function's
	 * @param commands the build commands, or {@code null} for the function's
	 * @return the deployment (still building)
	 */
	public Mono<Deployment> createDeployment(String functionId, InputFile code, boolean activate,
			@Nullable String entrypoint, @Nullable String commands) {
		return Mono.defer(() -> Deployments.upload(
				new String[] { "functions", Require.nonBlank("functionId", functionId), "deployments" },
				Require.nonNull("code", code), activate, (body) -> {
					if (entrypoint != null) {
						body.part("entrypoint", entrypoint);
					}
					if (commands != null) {
						body.part("commands", commands);
					}
				}, (request) -> this.transport.call(request, this.context, Deployment.class)));
	}

	/**
	 * Uploads code as a new deployment with the function's entrypoint and commands.
	 * @param functionId the function ID
	 * @param code the gzipped tar archive of the code
	 * @param activate whether the deployment becomes active once built
	 * @return the deployment (still building)
	 */
	public Mono<Deployment> createDeployment(String functionId, InputFile code, boolean activate) {
		return createDeployment(functionId, code, activate, null, null);
	}

	/**
	 * Runs a function, with every option of Appwrite's executions: see
	 * {@link ExecutionRequest}.
	 * @param functionId the function ID
	 * @param request what to send, e.g.
	 * {@code ExecutionRequest.post("/count").body("one two").inBackground()}
	 * @return the execution
	 */
	public Mono<Execution> createExecution(String functionId, ExecutionRequest request) {
		return Mono.defer(() -> {
			Require.nonNull("request", request);
			return this.transport
				.call(ApiRequest.post("functions", Require.nonBlank("functionId", functionId), "executions")
					.json(JsonBody.create()
						.with("body", request.body())
						.with("async", request.async())
						.with("path", request.path())
						.with("method", request.method())
						.with("headers", request.headers())
						.with("scheduledAt", request.scheduledAt())), this.context, Execution.class);
		});
	}

	/**
	 * Returns a page of functions. Leaves out {@code queries}, {@code search}.
	 * @return a page of functions
	 */
	public Mono<AppwriteFunctionList> list() {
		return list(null, null);
	}

	/**
	 * Returns a page of functions. Leaves out {@code search}.
	 * @param queries queries
	 * @return a page of functions
	 */
	public Mono<AppwriteFunctionList> list(List<String> queries) {
		return list(queries, null);
	}

	/**
	 * Returns every function, page by page. Leaves out {@code queries}.
	 * @return every function, page by page
	 */
	public Flux<AppwriteFunction> listAll() {
		return listAll(null);
	}

	/**
	 * Returns a page of the function's executions. Leaves out {@code queries}.
	 * @param functionId the function ID
	 * @return a page of the function's executions
	 */
	public Mono<ExecutionList> listExecutions(String functionId) {
		return listExecutions(functionId, null);
	}

	/**
	 * Returns every execution, page by page. Leaves out {@code queries}.
	 * @param functionId the function ID
	 * @return every execution, page by page
	 */
	public Flux<Execution> listAllExecutions(String functionId) {
		return listAllExecutions(functionId, null);
	}

	/**
	 * List deployments. Leaves out {@code queries}, {@code search}, {@code total}.
	 * @param functionId the function ID
	 * @return the deployment list
	 */
	public Mono<DeploymentList> listDeployments(String functionId) {
		return listDeployments(functionId, null, null, null);
	}

	/**
	 * List deployments. Leaves out {@code search}, {@code total}.
	 * @param functionId the function ID
	 * @param queries queries
	 * @return the deployment list
	 */
	public Mono<DeploymentList> listDeployments(String functionId, List<String> queries) {
		return listDeployments(functionId, queries, null, null);
	}

}
