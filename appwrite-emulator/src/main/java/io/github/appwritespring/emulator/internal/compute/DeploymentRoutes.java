package io.github.appwritespring.emulator.internal.compute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.MultipartForm;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.http.UploadedFile;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * A resource's deployments, recorded without a build: an uploaded archive is kept (and
 * can be downloaded again as the source) and the deployment is {@code ready} at once, so
 * activating it, duplicating it and deleting it behave as on Appwrite. Template and VCS
 * deployments record their repository; the emulator cannot fetch it, so they have no
 * source to download.
 */
public final class DeploymentRoutes implements RouteModule {

	/** Appwrite's default {@code _APP_COMPUTE_SIZE_LIMIT}: 30 MB. */
	static final long MAX_CODE_SIZE = 30_000_000L;

	private static final Set<String> ATTRIBUTES = Set.of("buildSize", "sourceSize", "totalSize", "buildDuration",
			"status", "activate", "type");

	private static final Pattern WHOLE_RANGE = Pattern.compile("bytes 0-(\\d{1,18})/(\\d{1,18})");

	private static final Set<String> REFERENCE_TYPES = Set.of("branch", "commit", "tag");

	private static final String NOT_BUILT = "The emulator records deployments without building them.";

	private final ComputeResource resource;

	/**
	 * Creates the routes of one kind of resource.
	 * @param resource the kind of resource
	 */
	public DeploymentRoutes(ComputeResource resource) {
		this.resource = resource;
	}

	@Override
	public void register(Routes routes, EmulatorContext context) {
		String base = this.resource.path() + "/deployments";
		String one = base + "/{deploymentId}";

		routes.get(base, this.resource.readScope(), (request) -> {
			String resourceId = resourceId(context, request);
			return Response.ok(Listing.of("deployments", context.store().list(this.resource.deployments(resourceId)),
					request.params(), ATTRIBUTES));
		});

		routes.post(base, this.resource.writeScope(), (request) -> createFromUpload(context, request));

		routes.post(base + "/duplicate", this.resource.writeScope(), (request) -> {
			String resourceId = resourceId(context, request);
			ObjectNode original = deployment(context, resourceId, request.params().string("deploymentId"));
			ObjectNode copy = newDeployment(context, resourceId, original.path("type").asString(), true);
			copyProvider(original, copy);
			String id = copy.path("$id").asString();
			copyBlob(context, resourceId, original.path("$id").asString(), id);
			copy.put("sourceSize", original.path("sourceSize").asLong());
			copy.put("totalSize", original.path("sourceSize").asLong());
			return Response.json(202, save(context, resourceId, copy));
		});

		routes.post(base + "/template", this.resource.writeScope(), (request) -> {
			String resourceId = resourceId(context, request);
			Params params = request.params();
			String owner = params.text("owner", 128);
			String repository = params.text("repository", 128);
			params.text("rootDirectory", 128);
			String reference = reference(params);
			ObjectNode deployment = newDeployment(context, resourceId, "vcs", params.bool("activate", false));
			deployment.put("providerRepositoryOwner", owner);
			deployment.put("providerRepositoryName", repository);
			deployment.put("providerRepositoryUrl", "https://github.com/" + owner + "/" + repository);
			deployment.put("providerBranch", "branch".equals(params.string("type")) ? reference : "");
			deployment.put("providerCommitHash", "commit".equals(params.string("type")) ? reference : "");
			return Response.json(202, save(context, resourceId, deployment));
		});

		routes.post(base + "/vcs", this.resource.writeScope(), (request) -> {
			ObjectNode owner = owner(context, request);
			String resourceId = owner.path("$id").asString();
			Params params = request.params();
			String reference = reference(params);
			if (owner.path("providerRepositoryId").asString("").isEmpty()) {
				throw new ApiException("provider_repository_not_found", 404,
						"No repository is connected to this " + this.resource.variableType()
								+ ": connect one with installationId, providerRepositoryId and providerBranch first.");
			}
			ObjectNode deployment = newDeployment(context, resourceId, "vcs", params.bool("activate", false));
			deployment.put("providerBranch",
					"branch".equals(params.string("type")) ? reference : owner.path("providerBranch").asString(""));
			deployment.put("providerCommitHash", "commit".equals(params.string("type")) ? reference : "");
			return Response.json(202, save(context, resourceId, deployment));
		});

		routes.get(one, this.resource.readScope(), (request) -> Response
			.ok(deployment(context, resourceId(context, request), request.pathId("deploymentId"))));

		routes.delete(one, this.resource.writeScope(), (request) -> {
			String resourceId = resourceId(context, request);
			String deploymentId = request.pathId("deploymentId");
			context.store().write(() -> {
				deployment(context, resourceId, deploymentId);
				context.store().delete(this.resource.deployments(resourceId), deploymentId);
				ObjectNode owner = this.resource.find(context, resourceId);
				if (deploymentId.equals(owner.path("deploymentId").asString())) {
					deactivate(owner);
				}
				recordLatest(context, resourceId, owner);
				context.store().put(this.resource.collection(), resourceId, owner);
			});
			try {
				context.blobs().delete(this.resource.source(resourceId, deploymentId));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not delete a deployment's source", ex);
			}
			return Response.noContent();
		});

		routes.get(one + "/download", this.resource.readScope(), (request) -> {
			String resourceId = resourceId(context, request);
			String deploymentId = request.pathId("deploymentId");
			deployment(context, resourceId, deploymentId);
			String type = request.params().optionalString("type").orElse("source");
			if ("output".equals(type)) {
				throw new ApiException("build_not_found", 404,
						"Build with the requested ID could not be found. " + NOT_BUILT);
			}
			if (!"source".equals(type)) {
				throw ApiException.invalidParam("type", "Value must be one of (source, output)");
			}
			String blob = this.resource.source(resourceId, deploymentId);
			if (!context.blobs().exists(blob)) {
				throw deploymentNotFound();
			}
			long size;
			try {
				size = context.blobs().size(blob);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read a deployment's source", ex);
			}
			return Response.stream(200, "application/gzip", size, (out) -> {
				try (InputStream in = context.blobs().open(blob)) {
					in.transferTo(out);
				}
			}).header("Content-Disposition", "attachment; filename=\"" + deploymentId + ".tar.gz\"");
		});

		routes.patch(one + "/status", this.resource.writeScope(), (request) -> {
			ObjectNode deployment = deployment(context, resourceId(context, request), request.pathId("deploymentId"));
			String status = deployment.path("status").asString();
			if ("ready".equals(status) || "failed".equals(status)) {
				throw new ApiException("build_already_completed", 400,
						"Build with the requested ID is already completed and cannot be canceled.");
			}
			return Response.ok(deployment);
		});

		routes.patch(this.resource.path() + "/deployment", this.resource.writeScope(), (request) -> {
			String resourceId = resourceId(context, request);
			String deploymentId = request.params().string("deploymentId");
			return Response.ok(context.store().write(() -> {
				ObjectNode deployment = deployment(context, resourceId, deploymentId);
				if (!"ready".equals(deployment.path("status").asString())) {
					throw new ApiException("build_not_ready", 400,
							"Build with the requested ID is building and not ready for execution.");
				}
				ObjectNode owner = this.resource.find(context, resourceId);
				activate(owner, deployment);
				owner.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(this.resource.collection(), resourceId, owner);
				return owner;
			}));
		});
	}

	private Response createFromUpload(EmulatorContext context, ApiRequest request) {
		ObjectNode owner = owner(context, request);
		String resourceId = owner.path("$id").asString();
		MultipartForm form;
		try {
			form = request.multipart(context.blobs()::createTemp, MAX_CODE_SIZE, () -> new ApiException(
					"deployment_invalid_file_size", 400,
					"The deployment file size is either not valid or exceeds the maximum allowed size (30 MB)."));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the uploaded code", ex);
		}
		UploadedFile code = form.file()
			.filter((file) -> "code".equals(file.fieldName()))
			.orElseThrow(() -> ApiException.missingParam("code"));
		try {
			Params params = form.params();
			if (!params.has("activate")) {
				throw ApiException.missingParam("activate");
			}
			for (String command : new String[] { "installCommand", "buildCommand", "outputDirectory" }) {
				params.optionalText(command, 8192);
			}
			Optional<String> range = request.header("Content-Range");
			if (range.isPresent() && !wholeFile(range.get())) {
				throw new ApiException(ErrorTypes.GENERAL_ARGUMENT_INVALID, 400,
						"The emulator takes a deployment's code in one request: send archives up to 5 MB, "
								+ "which the SDKs do not split into chunks.");
			}
			ObjectNode deployment = newDeployment(context, resourceId, "manual", params.bool("activate"));
			String entrypoint = params.optionalText("entrypoint", 256).orElse(owner.path("entrypoint").asString(""));
			deployment.put("entrypoint", entrypoint);
			params.optionalText("commands", 8192);
			String id = deployment.path("$id").asString();
			deployment.put("sourceSize", code.size());
			deployment.put("totalSize", code.size());
			try {
				context.blobs().commit(code.path(), this.resource.source(resourceId, id));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not keep the uploaded code", ex);
			}
			return Response.json(202, save(context, resourceId, deployment));
		}
		finally {
			context.blobs().discard(code.path());
		}
	}

	private static boolean wholeFile(String range) {
		Matcher matcher = WHOLE_RANGE.matcher(range.trim());
		return matcher.matches() && Long.parseLong(matcher.group(1)) + 1 == Long.parseLong(matcher.group(2));
	}

	/** The site or function the request's path names; 404 when there is none. */
	private ObjectNode owner(EmulatorContext context, ApiRequest request) {
		return this.resource.find(context, request.pathId(this.resource.idParam()));
	}

	private String resourceId(EmulatorContext context, ApiRequest request) {
		return owner(context, request).path("$id").asString();
	}

	private ObjectNode deployment(EmulatorContext context, String resourceId, String deploymentId) {
		return context.store()
			.get(this.resource.deployments(resourceId), deploymentId)
			.orElseThrow(DeploymentRoutes::deploymentNotFound);
	}

	private static ApiException deploymentNotFound() {
		return new ApiException("deployment_not_found", 404, "Deployment with the requested ID could not be found.");
	}

	private static String reference(Params params) {
		String type = params.string("type");
		if (!REFERENCE_TYPES.contains(type)) {
			throw ApiException.invalidParam("type", "Value must be one of (branch, commit, tag)");
		}
		return params.text("reference", 255);
	}

	private ObjectNode newDeployment(EmulatorContext context, String resourceId, String type, boolean activate) {
		String now = AppwriteDates.format(context.now());
		ObjectNode deployment = Json.object();
		deployment.put("$id", Ids.unique());
		deployment.put("$createdAt", now);
		deployment.put("$updatedAt", now);
		deployment.put("type", type);
		deployment.put("resourceId", resourceId);
		deployment.put("resourceType", this.resource.service());
		deployment.put("entrypoint", "");
		deployment.put("sourceSize", 0);
		deployment.put("buildSize", 0);
		deployment.put("totalSize", 0);
		deployment.put("buildId", "");
		deployment.put("activate", activate);
		deployment.put("screenshotLight", "");
		deployment.put("screenshotDark", "");
		deployment.put("status", "ready");
		deployment.put("buildLogs", NOT_BUILT);
		deployment.put("buildDuration", 0);
		for (String field : new String[] { "providerRepositoryName", "providerRepositoryOwner", "providerRepositoryUrl",
				"providerCommitHash", "providerCommitAuthorUrl", "providerCommitAuthor", "providerCommitMessage",
				"providerCommitUrl", "providerBranch", "providerBranchUrl" }) {
			deployment.put(field, "");
		}
		return deployment;
	}

	private static void copyProvider(ObjectNode from, ObjectNode to) {
		from.properties().forEach((field) -> {
			if (field.getKey().startsWith("provider")) {
				to.set(field.getKey(), field.getValue().deepCopy());
			}
		});
	}

	private void copyBlob(EmulatorContext context, String resourceId, String fromId, String toId) {
		String from = this.resource.source(resourceId, fromId);
		if (!context.blobs().exists(from)) {
			return;
		}
		try (InputStream in = context.blobs().open(from)) {
			Path temp = context.blobs().createTemp();
			try {
				Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
				context.blobs().commit(temp, this.resource.source(resourceId, toId));
			}
			finally {
				context.blobs().discard(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy a deployment's source", ex);
		}
	}

	private ObjectNode save(EmulatorContext context, String resourceId, ObjectNode deployment) {
		return context.store().write(() -> {
			ObjectNode owner = this.resource.find(context, resourceId);
			context.store().put(this.resource.deployments(resourceId), deployment.path("$id").asString(), deployment);
			if (deployment.path("activate").asBoolean()) {
				activate(owner, deployment);
			}
			recordLatest(context, resourceId, owner);
			context.store().put(this.resource.collection(), resourceId, owner);
			return deployment;
		});
	}

	private static void activate(ObjectNode owner, ObjectNode deployment) {
		owner.put("deploymentId", deployment.path("$id").asString());
		owner.put("deploymentCreatedAt", deployment.path("$createdAt").asString());
		if (owner.has("deploymentScreenshotLight")) {
			owner.put("deploymentScreenshotLight", deployment.path("screenshotLight").asString());
			owner.put("deploymentScreenshotDark", deployment.path("screenshotDark").asString());
		}
		owner.put("live", true);
	}

	private static void deactivate(ObjectNode owner) {
		owner.put("deploymentId", "");
		owner.put("deploymentCreatedAt", "");
		if (owner.has("deploymentScreenshotLight")) {
			owner.put("deploymentScreenshotLight", "");
			owner.put("deploymentScreenshotDark", "");
		}
	}

	private void recordLatest(EmulatorContext context, String resourceId, ObjectNode owner) {
		Optional<ObjectNode> latest = context.store()
			.list(this.resource.deployments(resourceId))
			.stream()
			.max(Comparator.comparing((ObjectNode deployment) -> deployment.path("$createdAt").asString())
				.thenComparing((deployment) -> deployment.path("$id").asString()));
		owner.put("latestDeploymentId", latest.map((d) -> d.path("$id").asString()).orElse(""));
		owner.put("latestDeploymentCreatedAt", latest.map((d) -> d.path("$createdAt").asString()).orElse(""));
		owner.put("latestDeploymentStatus", latest.map((d) -> d.path("status").asString()).orElse(""));
	}

}
