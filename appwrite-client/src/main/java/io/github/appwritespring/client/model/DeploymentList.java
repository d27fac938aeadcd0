package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of deployments.
 *
 * @param total total number of deployments that matched your query
 * @param deployments list of deployments
 * @since 0.1.0
 */
public record DeploymentList(long total, List<Deployment> deployments) implements Page<Deployment> {

	@Override
	public List<Deployment> items() {
		return this.deployments;
	}

}
