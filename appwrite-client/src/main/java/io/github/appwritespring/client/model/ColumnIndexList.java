package io.github.appwritespring.client.model;

import java.util.List;

/**
 * The indexes of a table.
 *
 * @param total the number of indexes
 * @param indexes the indexes
 * @since 0.1.0
 */
public record ColumnIndexList(long total, List<ColumnIndex> indexes) implements Page<ColumnIndex> {

	@Override
	public List<ColumnIndex> items() {
		return this.indexes;
	}

}
