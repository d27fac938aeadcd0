package io.github.appwritespring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The optional settings of a new column, for the {@code create...Column} overloads that
 * take them. Start from {@link #required()} or {@link #optional()}:
 *
 * <pre class="code">
 * db.createStringColumn("main", "notes", "title", 255, ColumnOptions.required());
 * db.createIntegerColumn("main", "notes", "stars", ColumnOptions.optional().withDefault(0).withRange(0, 5));
 * db.createStringColumn("main", "notes", "tags", 32, ColumnOptions.optional().asArray());
 * </pre>
 *
 * @param isRequired whether rows must have a value (then no default is allowed)
 * @param defaultValue the default value, or {@code null}
 * @param array whether the column holds an array of values
 * @param encrypt whether values are encrypted at rest (string columns)
 * @param min the smallest value (integer and float columns), or {@code null}
 * @param max the largest value (integer and float columns), or {@code null}
 * @since 0.1.0
 */
public record ColumnOptions(boolean isRequired, @Nullable Object defaultValue, boolean array, boolean encrypt,
		@Nullable Number min, @Nullable Number max) {

	/**
	 * Returns the options of a column every row must fill.
	 * @return the options of a column every row must fill
	 */
	public static ColumnOptions required() {
		return new ColumnOptions(true, null, false, false, null, null);
	}

	/**
	 * Returns the options of a column rows may leave empty.
	 * @return the options of a column rows may leave empty
	 */
	public static ColumnOptions optional() {
		return new ColumnOptions(false, null, false, false, null, null);
	}

	/**
	 * Returns a copy with the default (only for optional columns).
	 * @param defaultValue the value rows get when they give none
	 * @return a copy with the default
	 */
	public ColumnOptions withDefault(Object defaultValue) {
		if (this.isRequired) {
			throw new IllegalArgumentException("A required column cannot have a default value");
		}
		return new ColumnOptions(false, defaultValue, this.array, this.encrypt, this.min, this.max);
	}

	/**
	 * Returns a copy whose column holds arrays of values.
	 * @return a copy whose column holds arrays
	 */
	public ColumnOptions asArray() {
		return new ColumnOptions(this.isRequired, this.defaultValue, true, this.encrypt, this.min, this.max);
	}

	/**
	 * Returns a copy whose (string) values are encrypted at rest.
	 * @return a copy with encryption
	 */
	public ColumnOptions encrypted() {
		return new ColumnOptions(this.isRequired, this.defaultValue, this.array, true, this.min, this.max);
	}

	/**
	 * Returns a copy with the allowed range (integer and float columns).
	 * @param min the smallest value
	 * @param max the largest value
	 * @return a copy with the range
	 */
	public ColumnOptions withRange(Number min, Number max) {
		return new ColumnOptions(this.isRequired, this.defaultValue, this.array, this.encrypt, min, max);
	}

}
