package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.appwritespring.client.model.Column;
import io.github.appwritespring.client.model.ColumnIndex;
import io.github.appwritespring.client.model.ColumnIndexList;
import io.github.appwritespring.client.model.ColumnList;
import io.github.appwritespring.client.model.Database;
import io.github.appwritespring.client.model.DatabaseList;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;
import io.github.appwritespring.client.model.Table;
import io.github.appwritespring.client.model.TableList;
import io.github.appwritespring.client.transport.Blocking;

/**
 * Appwrite's TablesDB service, blocking face. Each method waits for
 * {@link ReactiveTablesDb}'s answer; see there for the details. Never call it on a Netty
 * event loop.
 *
 * @since 0.1.0
 */
public class TablesDb {

	private final ReactiveTablesDb reactive;

	/**
	 * Creates a new {@code TablesDb}.
	 * @param reactive the reactive face this one waits for
	 */
	public TablesDb(ReactiveTablesDb reactive) {
		this.reactive = reactive;
	}

	/**
	 * Returns the database.
	 * @param databaseId the new database's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param enabled whether it is enabled, or {@code null} for Appwrite's default (true)
	 * @return the database
	 */
	public Database create(String databaseId, String name, @Nullable Boolean enabled) {
		return Blocking.await(this.reactive.create(databaseId, name, enabled), "tablesDb().create()");
	}

	/**
	 * Returns a page of databases.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of databases
	 */
	public DatabaseList list(@Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.list(queries, search), "tablesDb().list()");
	}

	/**
	 * Returns every database, fetched lazily page by page; close the stream to stop
	 * early.
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return every database, fetched lazily page by page; close the stream to stop early
	 */
	public Stream<Database> listAll(@Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAll(queries), "tablesDb().listAll()");
	}

	/**
	 * Returns the database.
	 * @param databaseId the database ID
	 * @return the database
	 */
	public Database get(String databaseId) {
		return Blocking.await(this.reactive.get(databaseId), "tablesDb().get()");
	}

	/**
	 * Returns the database.
	 * @param databaseId the database ID
	 * @param name the new name
	 * @param enabled whether it is enabled, or {@code null} to keep it
	 * @return the database
	 */
	public Database update(String databaseId, String name, @Nullable Boolean enabled) {
		return Blocking.await(this.reactive.update(databaseId, name, enabled), "tablesDb().update()");
	}

	/**
	 * Deletes the database.
	 * @param databaseId the database ID
	 */
	public void delete(String databaseId) {
		Blocking.run(this.reactive.delete(databaseId), "tablesDb().delete()");
	}

	/**
	 * Returns the table.
	 * @param databaseId the database ID
	 * @param tableId the new table's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param permissions table permissions (e.g.
	 * {@code Permission.create(Role.users())}), or {@code null}
	 * @param rowSecurity whether row permissions apply too, or {@code null} for false
	 * @param enabled whether it is enabled, or {@code null} for true
	 * @return the table
	 */
	public Table createTable(String databaseId, String tableId, String name, @Nullable List<String> permissions,
			@Nullable Boolean rowSecurity, @Nullable Boolean enabled) {
		return Blocking.await(this.reactive.createTable(databaseId, tableId, name, permissions, rowSecurity, enabled),
				"tablesDb().createTable()");
	}

	/**
	 * Returns a page of tables.
	 * @param databaseId the database ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of tables
	 */
	public TableList listTables(String databaseId, @Nullable List<String> queries, @Nullable String search) {
		return Blocking.await(this.reactive.listTables(databaseId, queries, search), "tablesDb().listTables()");
	}

	/**
	 * Returns every table of the database, fetched lazily page by page; close the stream
	 * to stop early.
	 * @param databaseId the database ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every table of the database, fetched lazily page by page; close the stream
	 * to stop early
	 */
	public Stream<Table> listAllTables(String databaseId, @Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllTables(databaseId, queries), "tablesDb().listAllTables()");
	}

	/**
	 * Returns the table with its columns and indexes.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @return the table with its columns and indexes
	 */
	public Table getTable(String databaseId, String tableId) {
		return Blocking.await(this.reactive.getTable(databaseId, tableId), "tablesDb().getTable()");
	}

	/**
	 * Returns the table.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param name the new name
	 * @param permissions the new permissions, or {@code null} to keep them
	 * @param rowSecurity whether row permissions apply, or {@code null} to keep it
	 * @param enabled whether it is enabled, or {@code null} to keep it
	 * @return the table
	 */
	public Table updateTable(String databaseId, String tableId, String name, @Nullable List<String> permissions,
			@Nullable Boolean rowSecurity, @Nullable Boolean enabled) {
		return Blocking.await(this.reactive.updateTable(databaseId, tableId, name, permissions, rowSecurity, enabled),
				"tablesDb().updateTable()");
	}

	/**
	 * Deletes the table.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 */
	public void deleteTable(String databaseId, String tableId) {
		Blocking.run(this.reactive.deleteTable(databaseId, tableId), "tablesDb().deleteTable()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param size the maximum length in characters
	 * @param required whether rows must have a value
	 * @param defaultValue the default, or {@code null} (not allowed with
	 * {@code required})
	 * @param array whether the column holds an array, or {@code null} for false
	 * @return the column
	 */
	public Column createStringColumn(String databaseId, String tableId, String key, long size, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Blocking.await(
				this.reactive.createStringColumn(databaseId, tableId, key, size, required, defaultValue, array),
				"tablesDb().createStringColumn()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param required whether rows must have a value
	 * @param min the minimum, or {@code null}
	 * @param max the maximum, or {@code null}
	 * @param defaultValue the default, or {@code null}
	 * @param array whether the column holds an array, or {@code null}
	 * @return the column
	 */
	public Column createIntegerColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable Long min, @Nullable Long max, @Nullable Long defaultValue, @Nullable Boolean array) {
		return Blocking.await(
				this.reactive.createIntegerColumn(databaseId, tableId, key, required, min, max, defaultValue, array),
				"tablesDb().createIntegerColumn()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param required whether rows must have a value
	 * @param min the minimum, or {@code null}
	 * @param max the maximum, or {@code null}
	 * @param defaultValue the default, or {@code null}
	 * @param array whether the column holds an array, or {@code null}
	 * @return the column
	 */
	public Column createFloatColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable Double min, @Nullable Double max, @Nullable Double defaultValue, @Nullable Boolean array) {
		return Blocking.await(
				this.reactive.createFloatColumn(databaseId, tableId, key, required, min, max, defaultValue, array),
				"tablesDb().createFloatColumn()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param required whether rows must have a value
	 * @param defaultValue the default, or {@code null}
	 * @param array whether the column holds an array, or {@code null}
	 * @return the column
	 */
	public Column createBooleanColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable Boolean defaultValue, @Nullable Boolean array) {
		return Blocking.await(
				this.reactive.createBooleanColumn(databaseId, tableId, key, required, defaultValue, array),
				"tablesDb().createBooleanColumn()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param required whether rows must have a value
	 * @param defaultValue the default as an ISO 8601 date, or {@code null}
	 * @param array whether the column holds an array, or {@code null}
	 * @return the column
	 */
	public Column createDatetimeColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Blocking.await(
				this.reactive.createDatetimeColumn(databaseId, tableId, key, required, defaultValue, array),
				"tablesDb().createDatetimeColumn()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param required whether rows must have a value
	 * @param defaultValue the default, or {@code null}
	 * @param array whether the column holds an array, or {@code null}
	 * @return the column
	 */
	public Column createEmailColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Blocking.await(this.reactive.createEmailColumn(databaseId, tableId, key, required, defaultValue, array),
				"tablesDb().createEmailColumn()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param elements the allowed values
	 * @param required whether rows must have a value
	 * @param defaultValue the default (one of the elements), or {@code null}
	 * @param array whether the column holds an array, or {@code null}
	 * @return the column
	 */
	public Column createEnumColumn(String databaseId, String tableId, String key, List<String> elements,
			boolean required, @Nullable String defaultValue, @Nullable Boolean array) {
		return Blocking.await(
				this.reactive.createEnumColumn(databaseId, tableId, key, elements, required, defaultValue, array),
				"tablesDb().createEnumColumn()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param required whether rows must have a value
	 * @param defaultValue the default, or {@code null}
	 * @param array whether the column holds an array, or {@code null}
	 * @return the column
	 */
	public Column createUrlColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Blocking.await(this.reactive.createUrlColumn(databaseId, tableId, key, required, defaultValue, array),
				"tablesDb().createUrlColumn()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param required whether rows must have a value
	 * @param defaultValue the default, or {@code null}
	 * @param array whether the column holds an array, or {@code null}
	 * @return the column
	 */
	public Column createIpColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Blocking.await(this.reactive.createIpColumn(databaseId, tableId, key, required, defaultValue, array),
				"tablesDb().createIpColumn()");
	}

	/**
	 * Returns the table's columns.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null}
	 * @return the table's columns
	 */
	public ColumnList listColumns(String databaseId, String tableId, @Nullable List<String> queries) {
		return Blocking.await(this.reactive.listColumns(databaseId, tableId, queries), "tablesDb().listColumns()");
	}

	/**
	 * Returns every column of the table, fetched lazily page by page; close the stream to
	 * stop early.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every column of the table, fetched lazily page by page; close the stream to
	 * stop early
	 */
	public Stream<Column> listAllColumns(String databaseId, String tableId, @Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllColumns(databaseId, tableId, queries),
				"tablesDb().listAllColumns()");
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @return the column
	 */
	public Column getColumn(String databaseId, String tableId, String key) {
		return Blocking.await(this.reactive.getColumn(databaseId, tableId, key), "tablesDb().getColumn()");
	}

	/**
	 * Deletes the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 */
	public void deleteColumn(String databaseId, String tableId, String key) {
		Blocking.run(this.reactive.deleteColumn(databaseId, tableId, key), "tablesDb().deleteColumn()");
	}

	/**
	 * Returns the index.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the index key
	 * @param type {@code key}, {@code unique} or {@code fulltext}
	 * @param columns the indexed columns
	 * @param orders {@code ASC}/{@code DESC} per column, or {@code null}
	 * @param lengths indexed length per column, or {@code null}
	 * @return the index
	 */
	public ColumnIndex createIndex(String databaseId, String tableId, String key, String type, List<String> columns,
			@Nullable List<String> orders, @Nullable List<Integer> lengths) {
		return Blocking.await(this.reactive.createIndex(databaseId, tableId, key, type, columns, orders, lengths),
				"tablesDb().createIndex()");
	}

	/**
	 * Returns the table's indexes.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null}
	 * @return the table's indexes
	 */
	public ColumnIndexList listIndexes(String databaseId, String tableId, @Nullable List<String> queries) {
		return Blocking.await(this.reactive.listIndexes(databaseId, tableId, queries), "tablesDb().listIndexes()");
	}

	/**
	 * Returns every index of the table, fetched lazily page by page; close the stream to
	 * stop early.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every index of the table, fetched lazily page by page; close the stream to
	 * stop early
	 */
	public Stream<ColumnIndex> listAllIndexes(String databaseId, String tableId, @Nullable List<String> queries) {
		return Blocking.stream(this.reactive.listAllIndexes(databaseId, tableId, queries),
				"tablesDb().listAllIndexes()");
	}

	/**
	 * Returns the index.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the index key
	 * @return the index
	 */
	public ColumnIndex getIndex(String databaseId, String tableId, String key) {
		return Blocking.await(this.reactive.getIndex(databaseId, tableId, key), "tablesDb().getIndex()");
	}

	/**
	 * Deletes the index.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the index key
	 */
	public void deleteIndex(String databaseId, String tableId, String key) {
		Blocking.run(this.reactive.deleteIndex(databaseId, tableId, key), "tablesDb().deleteIndex()");
	}

	/**
	 * Creates a row. Without permissions, a session user's row gets read/update/delete
	 * for that user; a row made with the API key gets none (only the table's apply).
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the new row's ID, or {@code ID.unique()}
	 * @param data the column values: a record, a POJO or a map
	 * @param permissions the row's permissions, or {@code null}
	 * @param type the type the answer's data is mapped to
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Row<T> createRow(String databaseId, String tableId, String rowId, Object data,
			@Nullable List<String> permissions, Class<T> type) {
		return Blocking.await(this.reactive.createRow(databaseId, tableId, rowId, data, permissions, type),
				"tablesDb().createRow()");
	}

	/**
	 * {@link #createRow(String, String, String, Object, List, Class)} with the answer's
	 * data as a map.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the new row's ID
	 * @param data the column values
	 * @param permissions the row's permissions, or {@code null}
	 * @return the row
	 */
	public Row<Map<String, Object>> createRow(String databaseId, String tableId, String rowId, Object data,
			@Nullable List<String> permissions) {
		return Blocking.await(this.reactive.createRow(databaseId, tableId, rowId, data, permissions),
				"tablesDb().createRow()");
	}

	/**
	 * Returns the row (404 {@code row_not_found} also when the caller may not read it).
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param queries {@code Query.select(..)} queries, or {@code null}
	 * @param type the data type
	 * @param <T> that type
	 * @return the row (404 {@code row_not_found} also when the caller may not read it)
	 */
	public <T> Row<T> getRow(String databaseId, String tableId, String rowId, @Nullable List<String> queries,
			Class<T> type) {
		return Blocking.await(this.reactive.getRow(databaseId, tableId, rowId, queries, type), "tablesDb().getRow()");
	}

	/**
	 * Returns the row with its data as a map.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @return the row with its data as a map
	 */
	public Row<Map<String, Object>> getRow(String databaseId, String tableId, String rowId) {
		return Blocking.await(this.reactive.getRow(databaseId, tableId, rowId), "tablesDb().getRow()");
	}

	/**
	 * Returns a page of the rows the caller may read.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null} (Appwrite's default page is 25 rows)
	 * @param type the data type
	 * @param <T> that type
	 * @return a page of the rows the caller may read
	 */
	public <T> RowList<T> listRows(String databaseId, String tableId, @Nullable List<String> queries, Class<T> type) {
		return Blocking.await(this.reactive.listRows(databaseId, tableId, queries, type), "tablesDb().listRows()");
	}

	/**
	 * Returns a page of rows with their data as maps.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null}
	 * @return a page of rows with their data as maps
	 */
	public RowList<Map<String, Object>> listRows(String databaseId, String tableId, @Nullable List<String> queries) {
		return Blocking.await(this.reactive.listRows(databaseId, tableId, queries), "tablesDb().listRows()");
	}

	/**
	 * Returns every matching row, fetched lazily page by page; close the stream to stop
	 * early.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @param type the data type
	 * @param <T> that type
	 * @return every matching row, fetched lazily page by page; close the stream to stop
	 * early
	 */
	public <T> Stream<Row<T>> listAllRows(String databaseId, String tableId, @Nullable List<String> queries,
			Class<T> type) {
		return Blocking.stream(this.reactive.listAllRows(databaseId, tableId, queries, type),
				"tablesDb().listAllRows()");
	}

	/**
	 * Updates the given columns of a row (a partial update).
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param data the columns to change, or {@code null} to change only permissions
	 * @param permissions the new permissions, or {@code null} to keep them
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Row<T> updateRow(String databaseId, String tableId, String rowId, @Nullable Object data,
			@Nullable List<String> permissions, Class<T> type) {
		return Blocking.await(this.reactive.updateRow(databaseId, tableId, rowId, data, permissions, type),
				"tablesDb().updateRow()");
	}

	/**
	 * Creates the row, or replaces it if it exists.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param data all column values
	 * @param permissions the permissions, or {@code null}
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Row<T> upsertRow(String databaseId, String tableId, String rowId, Object data,
			@Nullable List<String> permissions, Class<T> type) {
		return Blocking.await(this.reactive.upsertRow(databaseId, tableId, rowId, data, permissions, type),
				"tablesDb().upsertRow()");
	}

	/**
	 * Deletes the row.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 */
	public void deleteRow(String databaseId, String tableId, String rowId) {
		Blocking.run(this.reactive.deleteRow(databaseId, tableId, rowId), "tablesDb().deleteRow()");
	}

	/**
	 * Creates several rows in one call (API key only). Each element may carry {@code $id}
	 * and {@code $permissions}.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rows the rows' data
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the created rows
	 */
	public <T> RowList<T> createRows(String databaseId, String tableId, List<?> rows, Class<T> type) {
		return Blocking.await(this.reactive.createRows(databaseId, tableId, rows, type), "tablesDb().createRows()");
	}

	/**
	 * Sets the same column values on every row matching the queries (API key only).
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param data the values to set
	 * @param queries which rows, or {@code null} for all
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the updated rows
	 */
	public <T> RowList<T> updateRows(String databaseId, String tableId, Object data, @Nullable List<String> queries,
			Class<T> type) {
		return Blocking.await(this.reactive.updateRows(databaseId, tableId, data, queries, type),
				"tablesDb().updateRows()");
	}

	/**
	 * Deletes every row matching the queries (API key only).
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries which rows, or {@code null} for all
	 * @return the deleted rows
	 */
	public RowList<Map<String, Object>> deleteRows(String databaseId, String tableId, @Nullable List<String> queries) {
		return Blocking.await(this.reactive.deleteRows(databaseId, tableId, queries), "tablesDb().deleteRows()");
	}

}
