package io.github.appwritespring.client.model;

import java.util.List;

/**
 * The columns of a table.
 *
 * @param total the number of columns
 * @param columns the columns
 * @since 0.1.0
 */
public record ColumnList(long total, List<Column> columns) implements Page<Column> {

	@Override
	public List<Column> items() {
		return this.columns;
	}

}
