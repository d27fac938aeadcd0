package io.github.appwritespring.client.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.Deployment;
import io.github.appwritespring.client.model.DeploymentList;
import io.github.appwritespring.client.model.Execution;
import io.github.appwritespring.client.model.ExecutionList;
import io.github.appwritespring.client.model.FrameworkList;
import io.github.appwritespring.client.model.Site;
import io.github.appwritespring.client.model.SiteList;
import io.github.appwritespring.client.model.SiteOptions;
import io.github.appwritespring.client.model.SpecificationList;
import io.github.appwritespring.client.model.Variable;
import io.github.appwritespring.client.model.VariableList;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Sites service, reactive face (API key): sites, their deployments, variables
 * and request logs.
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveSites extends Service {

	/**
	 * Creates a new {@code ReactiveSites}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveSites(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * List sites.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the site list
	 */
	public Mono<SiteList> list(@Nullable List<String> queries, @Nullable String search, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("sites")
			.queryArray("queries", queries(queries))
			.query("search", search)
			.query("total", total), this.context, SiteList.class));
	}

	/**
	 * List frameworks.
	 * @return the framework list
	 */
	public Mono<FrameworkList> listFrameworks() {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("sites", "frameworks"), this.context, FrameworkList.class));
	}

	/**
	 * List specifications.
	 * @return the specification list
	 */
	public Mono<SpecificationList> listSpecifications() {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("sites", "specifications"), this.context,
				SpecificationList.class));
	}

	/**
	 * Get site.
	 * @param siteId the site ID
	 * @return the site
	 */
	public Mono<Site> get(String siteId) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("sites", Require.nonBlank("siteId", siteId)),
				this.context, Site.class));
	}

	/**
	 * Delete site.
	 * @param siteId the site ID
	 * @return completion once done
	 */
	public Mono<Void> delete(String siteId) {
		return Mono.defer(() -> this.transport
			.callForNoContent(ApiRequest.delete("sites", Require.nonBlank("siteId", siteId)), this.context));
	}

	/**
	 * Update site's deployment.
	 * @param siteId the site ID
	 * @param deploymentId deployment ID
	 * @return the site
	 */
	public Mono<Site> updateSiteDeployment(String siteId, String deploymentId) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest.patch("sites", Require.nonBlank("siteId", siteId), "deployment")
							.json(JsonBody.create()
								.with("deploymentId", Require.nonBlank("deploymentId", deploymentId))),
						this.context, Site.class));
	}

	/**
	 * List deployments.
	 * @param siteId the site ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the deployment list
	 */
	public Mono<DeploymentList> listDeployments(String siteId, @Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("sites", Require.nonBlank("siteId", siteId), "deployments")
				.queryArray("queries", queries(queries))
				.query("search", search)
				.query("total", total), this.context, DeploymentList.class));
	}

	/**
	 * Create duplicate deployment.
	 * @param siteId the site ID
	 * @param deploymentId deployment ID
	 * @return the deployment
	 */
	public Mono<Deployment> createDuplicateDeployment(String siteId, String deploymentId) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest.post("sites", Require.nonBlank("siteId", siteId), "deployments", "duplicate")
							.json(JsonBody.create()
								.with("deploymentId", Require.nonBlank("deploymentId", deploymentId))),
						this.context, Deployment.class));
	}

	/**
	 * Create template deployment.
	 * @param siteId the site ID
	 * @param repository repository name of the template
	 * @param owner the name of the owner of the template
	 * @param rootDirectory path to site code in the template repo
	 * @param type type for the reference provided
	 * @param reference reference value, can be a commit hash, branch name, or release tag
	 * @param activate automatically activate the deployment when it is finished building,
	 * or {@code null}
	 * @return the deployment
	 */
	public Mono<Deployment> createTemplateDeployment(String siteId, String repository, String owner,
			String rootDirectory, String type, String reference, @Nullable Boolean activate) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.post("sites", Require.nonBlank("siteId", siteId), "deployments", "template")
					.json(Deployments.template(repository, owner, rootDirectory, type, reference, activate)),
				this.context, Deployment.class));
	}

	/**
	 * Create VCS deployment.
	 * @param siteId the site ID
	 * @param type type of reference passed
	 * @param reference the VCS reference to create deployment from
	 * @param activate automatically activate the deployment when it is finished building,
	 * or {@code null}
	 * @return the deployment
	 */
	public Mono<Deployment> createVcsDeployment(String siteId, String type, String reference,
			@Nullable Boolean activate) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.post("sites", Require.nonBlank("siteId", siteId), "deployments", "vcs")
				.json(Deployments.vcs(type, reference, activate)), this.context, Deployment.class));
	}

	/**
	 * Get deployment.
	 * @param siteId the site ID
	 * @param deploymentId the deployment ID
	 * @return the deployment
	 */
	public Mono<Deployment> getDeployment(String siteId, String deploymentId) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("sites", Require.nonBlank("siteId", siteId),
				"deployments", Require.nonBlank("deploymentId", deploymentId)), this.context, Deployment.class));
	}

	/**
	 * Delete deployment.
	 * @param siteId the site ID
	 * @param deploymentId the deployment ID
	 * @return completion once done
	 */
	public Mono<Void> deleteDeployment(String siteId, String deploymentId) {
		return Mono
			.defer(() -> this.transport.callForNoContent(ApiRequest.delete("sites", Require.nonBlank("siteId", siteId),
					"deployments", Require.nonBlank("deploymentId", deploymentId)), this.context));
	}

	/**
	 * Get deployment download.
	 * @param siteId the site ID
	 * @param deploymentId the deployment ID
	 * @param type deployment file to download, or {@code null}
	 * @return the bytes as they arrive
	 */
	public Flux<DataBuffer> getDeploymentDownload(String siteId, String deploymentId, @Nullable String type) {
		return Flux.defer(() -> this.transport.callForBytes(ApiRequest
			.get("sites", Require.nonBlank("siteId", siteId), "deployments",
					Require.nonBlank("deploymentId", deploymentId), "download")
			.query("type", type)
			.accept("*/*"), this.context));
	}

	/**
	 * Update deployment status.
	 * @param siteId the site ID
	 * @param deploymentId the deployment ID
	 * @return the deployment
	 */
	public Mono<Deployment> updateDeploymentStatus(String siteId, String deploymentId) {
		return Mono.defer(
				() -> this.transport.call(
						ApiRequest.patch("sites", Require.nonBlank("siteId", siteId), "deployments",
								Require.nonBlank("deploymentId", deploymentId), "status"),
						this.context, Deployment.class));
	}

	/**
	 * List logs.
	 * @param siteId the site ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the execution list
	 */
	public Mono<ExecutionList> listLogs(String siteId, @Nullable List<String> queries, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("sites", Require.nonBlank("siteId", siteId), "logs")
			.queryArray("queries", queries(queries))
			.query("total", total), this.context, ExecutionList.class));
	}

	/**
	 * Get log.
	 * @param siteId the site ID
	 * @param logId the log ID
	 * @return the execution
	 */
	public Mono<Execution> getLog(String siteId, String logId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("sites", Require.nonBlank("siteId", siteId), "logs", Require.nonBlank("logId", logId)),
				this.context, Execution.class));
	}

	/**
	 * Delete log.
	 * @param siteId the site ID
	 * @param logId the log ID
	 * @return completion once done
	 */
	public Mono<Void> deleteLog(String siteId, String logId) {
		return Mono.defer(() -> this.transport.callForNoContent(ApiRequest.delete("sites",
				Require.nonBlank("siteId", siteId), "logs", Require.nonBlank("logId", logId)), this.context));
	}

	/**
	 * List variables.
	 * @param siteId the site ID
	 * @return the variable list
	 */
	public Mono<VariableList> listVariables(String siteId) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("sites", Require.nonBlank("siteId", siteId), "variables"),
					this.context, VariableList.class));
	}

	/**
	 * Create variable.
	 * @param siteId the site ID
	 * @param key the key
	 * @param value variable value
	 * @param secret secret variables can be updated or deleted, but only sites can read
	 * them during build and runtime, or {@code null}
	 * @return the variable
	 */
	public Mono<Variable> createVariable(String siteId, String key, String value, @Nullable Boolean secret) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.post("sites", Require.nonBlank("siteId", siteId), "variables")
				.json(JsonBody.create()
					.with("key", Require.nonBlank("key", key))
					.with("value", Require.nonBlank("value", value))
					.with("secret", secret)), this.context, Variable.class));
	}

	/**
	 * Get variable.
	 * @param siteId the site ID
	 * @param variableId the variable ID
	 * @return the variable
	 */
	public Mono<Variable> getVariable(String siteId, String variableId) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("sites", Require.nonBlank("siteId", siteId),
				"variables", Require.nonBlank("variableId", variableId)), this.context, Variable.class));
	}

	/**
	 * Update variable.
	 * @param siteId the site ID
	 * @param variableId the variable ID
	 * @param key the key
	 * @param value variable value, or {@code null}
	 * @param secret secret variables can be updated or deleted, but only sites can read
	 * them during build and runtime, or {@code null}
	 * @return the variable
	 */
	public Mono<Variable> updateVariable(String siteId, String variableId, String key, @Nullable String value,
			@Nullable Boolean secret) {
		return Mono.defer(() -> this.transport.call(ApiRequest
			.put("sites", Require.nonBlank("siteId", siteId), "variables", Require.nonBlank("variableId", variableId))
			.json(JsonBody.create()
				.with("key", Require.nonBlank("key", key))
				.with("value", value)
				.with("secret", secret)), this.context, Variable.class));
	}

	/**
	 * Delete variable.
	 * @param siteId the site ID
	 * @param variableId the variable ID
	 * @return completion once done
	 */
	public Mono<Void> deleteVariable(String siteId, String variableId) {
		return Mono
			.defer(() -> this.transport.callForNoContent(ApiRequest.delete("sites", Require.nonBlank("siteId", siteId),
					"variables", Require.nonBlank("variableId", variableId)), this.context));
	}

	/**
	 * Creates a site.
	 * @param siteId the new site's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param framework its framework, e.g. {@code nextjs}
	 * @param buildRuntime the runtime it is built with, e.g. {@code node-22}
	 * @param options its other settings ({@link SiteOptions#defaults()} for Appwrite's)
	 * @return the site
	 */
	public Mono<Site> create(String siteId, String name, String framework, String buildRuntime, SiteOptions options) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("sites")
			.json(JsonBody.create()
				.with("siteId", Require.id("siteId", siteId))
				.with("name", Require.nonBlank("name", name))
				.with("framework", Require.nonBlank("framework", framework))
				.with("buildRuntime", Require.nonBlank("buildRuntime", buildRuntime))
				.withAll(Require.nonNull("options", options))), this.context, Site.class));
	}

	/**
	 * Updates a site. Appwrite replaces the settings: one left {@code null} in the
	 * options takes Appwrite's default.
	 * @param siteId the site ID
	 * @param name its name
	 * @param framework its framework
	 * @param buildRuntime the runtime it is built with, or {@code null} to keep it
	 * @param options its other settings
	 * @return the site
	 */
	public Mono<Site> update(String siteId, String name, String framework, @Nullable String buildRuntime,
			SiteOptions options) {
		return Mono.defer(() -> this.transport.call(ApiRequest.put("sites", Require.nonBlank("siteId", siteId))
			.json(JsonBody.create()
				.with("name", Require.nonBlank("name", name))
				.with("framework", Require.nonBlank("framework", framework))
				.with("buildRuntime", buildRuntime)
				.withAll(Require.nonNull("options", options))), this.context, Site.class));
	}

	/**
	 * Uploads code as a new deployment of the site: a {@code .tar.gz} of the source, in
	 * one request up to 5 MiB, else in 5 MiB chunks read as they are sent.
	 * @param siteId the site ID
	 * @param code the gzipped tar archive of the code
	 * @param activate whether the deployment becomes active once built
	 * @param installCommand the install command, or {@code null} for the site's
	 * @param buildCommand the build command, or {@code null} for the site's
	 * @param outputDirectory the build output directory, or {@code null} for the site's
	 * @return the deployment (still building)
	 */
	public Mono<Deployment> createDeployment(String siteId, InputFile code, boolean activate,
			@Nullable String installCommand, @Nullable String buildCommand, @Nullable String outputDirectory) {
		return Mono
			.defer(() -> Deployments.upload(new String[] { "sites", Require.nonBlank("siteId", siteId), "deployments" },
					Require.nonNull("code", code), activate, (body) -> {
						if (installCommand != null) {
							body.part("installCommand", installCommand);
						}
						if (buildCommand != null) {
							body.part("buildCommand", buildCommand);
						}
						if (outputDirectory != null) {
							body.part("outputDirectory", outputDirectory);
						}
					}, (request) -> this.transport.call(request, this.context, Deployment.class)));
	}

	/**
	 * Uploads code as a new deployment with the site's commands.
	 * @param siteId the site ID
	 * @param code the gzipped tar archive of the code
	 * @param activate whether the deployment becomes active once built
	 * @return the deployment (still building)
	 */
	public Mono<Deployment> createDeployment(String siteId, InputFile code, boolean activate) {
		return createDeployment(siteId, code, activate, null, null, null);
	}

	/**
	 * List sites. Leaves out {@code queries}, {@code search}, {@code total}.
	 * @return the site list
	 */
	public Mono<SiteList> list() {
		return list(null, null, null);
	}

	/**
	 * List sites. Leaves out {@code search}, {@code total}.
	 * @param queries queries
	 * @return the site list
	 */
	public Mono<SiteList> list(List<String> queries) {
		return list(queries, null, null);
	}

	/**
	 * List deployments. Leaves out {@code queries}, {@code search}, {@code total}.
	 * @param siteId the site ID
	 * @return the deployment list
	 */
	public Mono<DeploymentList> listDeployments(String siteId) {
		return listDeployments(siteId, null, null, null);
	}

	/**
	 * List deployments. Leaves out {@code search}, {@code total}.
	 * @param siteId the site ID
	 * @param queries queries
	 * @return the deployment list
	 */
	public Mono<DeploymentList> listDeployments(String siteId, List<String> queries) {
		return listDeployments(siteId, queries, null, null);
	}

	/**
	 * List logs. Leaves out {@code queries}, {@code total}.
	 * @param siteId the site ID
	 * @return the execution list
	 */
	public Mono<ExecutionList> listLogs(String siteId) {
		return listLogs(siteId, null, null);
	}

	/**
	 * List logs. Leaves out {@code total}.
	 * @param siteId the site ID
	 * @param queries queries
	 * @return the execution list
	 */
	public Mono<ExecutionList> listLogs(String siteId, List<String> queries) {
		return listLogs(siteId, queries, null);
	}

}
