package io.github.appwritespring.emulator.internal.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;

/**
 * A kind of resource that has deployments and variables (a site), and where the emulator
 * keeps them.
 *
 * @param service the service's path segment and scope prefix, e.g. {@code sites}
 * @param idParam the resource's path parameter, e.g. {@code siteId}
 * @param collection the store collection of the resources
 * @param variableType what a variable's {@code resourceType} says, e.g. {@code site}
 * @param notFoundType the error type when the resource does not exist
 * @param notFoundMessage that error's message
 * @param known resources that exist without having been stored (functions registered in
 * the JVM): stored on first use, so their deployments and variables work as any other's
 */
public record ComputeResource(String service, String idParam, String collection, String variableType,
		String notFoundType, String notFoundMessage, Known known) {

	/** For resources that exist only once stored. */
	public static final Known NONE = (context, resourceId) -> Optional.empty();

	/** The scope to read the resource and what belongs to it. */
	public String readScope() {
		return this.service + ".read";
	}

	/** The scope to change the resource and what belongs to it. */
	public String writeScope() {
		return this.service + ".write";
	}

	/** The path of one resource, e.g. {@code /sites/{siteId}}. */
	public String path() {
		return "/" + this.service + "/{" + this.idParam + "}";
	}

	/** The collection of a resource's deployments. */
	public String deployments(String resourceId) {
		return "compute.deployments:" + this.service + ":" + resourceId;
	}

	/** The collection of a resource's variables. */
	public String variables(String resourceId) {
		return "compute.variables:" + this.service + ":" + resourceId;
	}

	/** The blob name of a deployment's source archive. */
	public String source(String resourceId, String deploymentId) {
		return "compute/" + this.service + "/" + resourceId + "/" + deploymentId;
	}

	/** The blob directory of a resource's source archives. */
	public String sources(String resourceId) {
		return "compute/" + this.service + "/" + resourceId;
	}

	/**
	 * The stored resource.
	 * @throws ApiException 404 when it does not exist
	 */
	public ObjectNode find(EmulatorContext context, String resourceId) {
		return context.store()
			.get(this.collection, resourceId)
			.or(() -> this.known.model(context, resourceId).map((model) -> context.store().write(() -> {
				ObjectNode stored = context.store().get(this.collection, resourceId).orElse(model);
				context.store().put(this.collection, resourceId, stored);
				return stored;
			})))
			.orElseThrow(() -> new ApiException(this.notFoundType, 404, this.notFoundMessage));
	}

	/**
	 * Deletes a resource with its deployments (and their sources) and variables.
	 * @param context the emulator's context
	 * @param resourceId the resource's ID
	 * @param alsoCollections other collections that belong to the resource
	 */
	public void delete(EmulatorContext context, String resourceId, String... alsoCollections) {
		context.store().write(() -> {
			context.store().deleteCollection(deployments(resourceId));
			context.store().deleteCollection(variables(resourceId));
			for (String collection : alsoCollections) {
				context.store().deleteCollection(collection);
			}
			context.store().delete(this.collection, resourceId);
		});
		try {
			context.blobs().delete(sources(resourceId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the deployments of " + resourceId, ex);
		}
	}

	/**
	 * Refuses a connection to a repository: the emulator has no VCS installations.
	 * @param installationId the {@code installationId} asked for
	 * @param providerRepositoryId the {@code providerRepositoryId} asked for
	 * @throws ApiException 404 {@code installation_not_found}, or 400 when a repository
	 * is named without an installation
	 */
	public static void refuseRepository(String installationId, String providerRepositoryId) {
		if (!installationId.isEmpty()) {
			throw new ApiException("installation_not_found", 404,
					"Installation with the requested ID could not be found. The emulator has no VCS installations: "
							+ "leave installationId empty and deploy with createDeployment.");
		}
		if (!providerRepositoryId.isEmpty()) {
			throw ApiException.invalidParam("providerRepositoryId",
					"When connecting to VCS (Version Control System), you need to provide \"installationId\" and \"providerBranch\".");
		}
	}

	/** Resources that exist without having been stored. */
	@FunctionalInterface
	public interface Known {

		/**
		 * The model of a resource known by its ID, or empty.
		 * @param context the emulator's context
		 * @param resourceId the resource's ID
		 * @return its model, or empty
		 */
		Optional<ObjectNode> model(EmulatorContext context, String resourceId);

	}

}
