package io.github.appwritespring.emulator.internal.sites;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.compute.ComputeResource;
import io.github.appwritespring.emulator.internal.compute.Runtimes;
import io.github.appwritespring.emulator.internal.compute.Specifications;
import io.github.appwritespring.emulator.internal.compute.VariableRoutes;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.query.Listing;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;

/**
 * Sites (API key: scopes {@code sites.*}, {@code log.*}): their settings, the frameworks
 * and specifications to choose from, and their request logs, which stay empty since the
 * emulator serves no site. Deployments and variables are
 * {@link io.github.appwritespring.emulator.internal.compute.DeploymentRoutes} and
 * {@link VariableRoutes} for {@link #SITES}.
 */
public final class SiteRoutes implements RouteModule {

	/** Sites as a resource with deployments and variables. */
	public static final ComputeResource SITES = new ComputeResource("sites", "siteId", "sites", "site",
			"site_not_found", "Site with the requested ID could not be found.", ComputeResource.NONE);

	/** Appwrite's default {@code _APP_SITES_TIMEOUT}, the longest timeout allowed. */
	private static final long MAX_TIMEOUT = 30;

	private static final Set<String> ATTRIBUTES = Set.of("name", "enabled", "framework", "deploymentId", "buildCommand",
			"installCommand", "outputDirectory", "installationId");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		VariableRoutes variables = new VariableRoutes(SITES);

		routes.get("/sites/frameworks", "sites.read", (request) -> Response.ok(Frameworks.list()));

		routes.get("/sites/specifications", "sites.read", (request) -> Response.ok(Specifications.list()));

		routes.post("/sites", "sites.write", (request) -> {
			Params params = request.params();
			String id = params.newId("siteId");
			String now = AppwriteDates.format(context.now());
			ObjectNode site = Json.object();
			site.put("$id", id);
			site.put("$createdAt", now);
			site.put("$updatedAt", now);
			apply(site, params, true);
			for (String field : new String[] { "deploymentId", "deploymentCreatedAt", "deploymentScreenshotLight",
					"deploymentScreenshotDark", "latestDeploymentId", "latestDeploymentCreatedAt",
					"latestDeploymentStatus" }) {
				site.put(field, "");
			}
			site.put("live", true);
			context.store().write(() -> {
				if (context.store().exists(SITES.collection(), id)) {
					throw new ApiException("site_already_exists", 409,
							"Site with the requested ID already exists. Try again with a different ID or use ID.unique() to generate a unique ID.");
				}
				context.store().put(SITES.collection(), id, site);
			});
			return Response.created(model(context, variables, site));
		});

		routes.get("/sites", "sites.read",
				(request) -> Response.ok(Listing.of("sites",
						context.store()
							.list(SITES.collection())
							.stream()
							.map((site) -> model(context, variables, site))
							.toList(),
						request.params(), ATTRIBUTES)));

		routes.get("/sites/{siteId}", "sites.read",
				(request) -> Response.ok(model(context, variables, SITES.find(context, request.pathId("siteId")))));

		routes.put("/sites/{siteId}", "sites.write", (request) -> {
			Params params = request.params();
			return Response.ok(context.store().write(() -> {
				ObjectNode site = SITES.find(context, request.pathId("siteId"));
				apply(site, params, false);
				site.put("$updatedAt", AppwriteDates.format(context.now()));
				context.store().put(SITES.collection(), site.path("$id").asString(), site);
				return model(context, variables, site);
			}));
		});

		routes.delete("/sites/{siteId}", "sites.write", (request) -> {
			SITES.delete(context, SITES.find(context, request.pathId("siteId")).path("$id").asString());
			return Response.noContent();
		});

		routes.get("/sites/{siteId}/logs", "log.read", (request) -> {
			SITES.find(context, request.pathId("siteId"));
			return Response.ok(Listing.of("executions", List.of(), request.params(),
					Set.of("trigger", "status", "responseStatusCode", "duration", "requestMethod", "requestPath")));
		});

		routes.get("/sites/{siteId}/logs/{logId}", "log.read", (request) -> {
			SITES.find(context, request.pathId("siteId"));
			throw logNotFound();
		});

		routes.delete("/sites/{siteId}/logs/{logId}", "log.write", (request) -> {
			SITES.find(context, request.pathId("siteId"));
			throw logNotFound();
		});
	}

	private static ApiException logNotFound() {
		return new ApiException("log_not_found", 404,
				"Log with the requested ID could not be found. The emulator serves no site, so no site has logs.");
	}

	private static ObjectNode model(EmulatorContext context, VariableRoutes variables, ObjectNode site) {
		ObjectNode model = site.deepCopy();
		model.set("vars", variables.models(context, site.path("$id").asString()));
		return model;
	}

	private static void apply(ObjectNode site, Params params, boolean create) {
		site.put("name", params.text("name", 128));
		String framework = params.string("framework");
		Frameworks.Framework known = Frameworks.get(framework);
		if (known == null) {
			throw ApiException.invalidParam("framework",
					"Value must be one of (" + String.join(", ", Frameworks.keys()) + ")");
		}
		site.put("framework", framework);
		String adapter = params.optionalText("adapter", 16).orElse(create ? "" : site.path("adapter").asString(""));
		if (!adapter.isEmpty() && !Set.of("static", "ssr").contains(adapter)) {
			throw ApiException.invalidParam("adapter", "Value must be one of (static, ssr)");
		}
		if (!adapter.isEmpty() && !known.supports(adapter)) {
			throw new ApiException("general_argument_invalid", 400,
					"Adapter not supported for the selected framework.");
		}
		site.put("adapter", adapter);
		if (create || params.has("buildRuntime")) {
			site.put("buildRuntime", Runtimes.check("buildRuntime", params.string("buildRuntime")));
		}
		setBool(site, params, "enabled", true, create);
		setBool(site, params, "logging", true, create);
		setBool(site, params, "providerSilentMode", false, create);
		if (create || params.has("timeout")) {
			site.put("timeout", params.optionalLong("timeout", 1, MAX_TIMEOUT).orElse(MAX_TIMEOUT));
		}
		setText(site, params, "installCommand", 8192, create);
		setText(site, params, "buildCommand", 8192, create);
		setText(site, params, "outputDirectory", 8192, create);
		setText(site, params, "fallbackFile", 255, create);
		setText(site, params, "installationId", 128, create);
		setText(site, params, "providerRepositoryId", 128, create);
		setText(site, params, "providerBranch", 128, create);
		setText(site, params, "providerRootDirectory", 128, create);
		if (create || params.has("specification")) {
			site.put("specification",
					Specifications.check(params.optionalString("specification").orElse(Specifications.DEFAULT)));
		}
		ComputeResource.refuseRepository(site.path("installationId").asString(),
				site.path("providerRepositoryId").asString());
	}

	private static void setBool(ObjectNode site, Params params, String name, boolean fallback, boolean create) {
		if (create || params.has(name)) {
			site.put(name, params.bool(name, fallback));
		}
	}

	private static void setText(ObjectNode site, Params params, String name, int maxLength, boolean create) {
		if (create || params.has(name)) {
			site.put(name, params.optionalText(name, maxLength).orElse(""));
		}
	}

}
