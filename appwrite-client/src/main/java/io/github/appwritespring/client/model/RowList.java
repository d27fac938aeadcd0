package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of rows.
 *
 * @param total the number of matching rows
 * @param rows the rows of this page
 * @param <T> the data type
 * @since 0.1.0
 */
public record RowList<T>(long total, List<Row<T>> rows) implements Page<Row<T>> {

	@Override
	public List<Row<T>> items() {
		return this.rows;
	}

}
