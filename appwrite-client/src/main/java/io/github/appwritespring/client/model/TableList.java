package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of tables.
 *
 * @param total the number of matching tables
 * @param tables the tables of this page
 * @since 0.1.0
 */
public record TableList(long total, List<Table> tables) implements Page<Table> {

	@Override
	public List<Table> items() {
		return this.tables;
	}

}
