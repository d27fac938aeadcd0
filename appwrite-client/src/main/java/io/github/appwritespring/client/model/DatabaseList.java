package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of databases.
 *
 * @param total the number of matching databases
 * @param databases the databases of this page
 * @since 0.1.0
 */
public record DatabaseList(long total, List<Database> databases) implements Page<Database> {

	@Override
	public List<Database> items() {
		return this.databases;
	}

}
