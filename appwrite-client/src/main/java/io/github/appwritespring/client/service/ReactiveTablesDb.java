package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.Column;
import io.github.appwritespring.client.model.ColumnIndex;
import io.github.appwritespring.client.model.ColumnIndexList;
import io.github.appwritespring.client.model.ColumnList;
import io.github.appwritespring.client.model.ColumnOptions;
import io.github.appwritespring.client.model.Database;
import io.github.appwritespring.client.model.DatabaseList;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;
import io.github.appwritespring.client.model.Table;
import io.github.appwritespring.client.model.TableList;
import io.github.appwritespring.client.model.Transaction;
import io.github.appwritespring.client.model.TransactionList;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Paginator;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's TablesDB service, reactive face: databases, tables, columns and indexes (API
 * key), and rows (API key or a user's session, subject to permissions). Row data is the
 * caller's own type, mapped through Jackson, or a {@code Map<String, Object>}.
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveTablesDb extends Service {

	/**
	 * Creates a new {@code ReactiveTablesDb}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveTablesDb(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * Returns a handle on one table's rows as one type, so that row calls need neither
	 * the IDs nor the type again: {@code tablesDb().table("main", "notes", Note.class)
	 * .get(id)}.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param type the type rows' data is mapped to
	 * @param <T> that type
	 * @return the table's handle, reactive face
	 */
	public <T> ReactiveTableHandle<T> table(String databaseId, String tableId, Class<T> type) {
		return new ReactiveTableHandle<>(this, databaseId, tableId, type, null);
	}

	// databases

	/**
	 * Returns the database.
	 * @param databaseId the new database's ID, or {@code ID.unique()}
	 * @param name its name
	 * @param enabled whether it is enabled, or {@code null} for Appwrite's default (true)
	 * @return the database
	 */
	public Mono<Database> create(String databaseId, String name, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("tablesdb")
			.json(JsonBody.create()
				.with("databaseId", Require.id("databaseId", databaseId))
				.with("name", Require.nonBlank("name", name))
				.with("enabled", enabled)), this.context, Database.class));
	}

	/**
	 * Returns a page of databases.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of databases
	 */
	public Mono<DatabaseList> list(@Nullable List<String> queries, @Nullable String search) {
		return list(queries, search, null);
	}

	/**
	 * Returns a page of databases.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of databases
	 */
	public Mono<DatabaseList> list(@Nullable List<String> queries, @Nullable String search, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("tablesdb")
			.queryArray("queries", queries(queries))
			.query("total", total)
			.query("search", search), this.context, DatabaseList.class));
	}

	/**
	 * Returns every database, page by page.
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @return every database, page by page
	 */
	public Flux<Database> listAll(@Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE, (page) -> list(page, null), Database::id);
	}

	/**
	 * Returns the database.
	 * @param databaseId the database ID
	 * @return the database
	 */
	public Mono<Database> get(String databaseId) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("tablesdb", Require.nonBlank("databaseId", databaseId)),
					this.context, Database.class));
	}

	/**
	 * Returns the database.
	 * @param databaseId the database ID
	 * @param name the new name
	 * @param enabled whether it is enabled, or {@code null} to keep it
	 * @return the database
	 */
	public Mono<Database> update(String databaseId, String name, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.put("tablesdb", Require.nonBlank("databaseId", databaseId))
					.json(JsonBody.create().with("name", Require.nonBlank("name", name)).with("enabled", enabled)),
				this.context, Database.class));
	}

	/**
	 * Returns completion once the database and its tables are deleted.
	 * @param databaseId the database ID
	 * @return completion once the database and its tables are deleted
	 */
	public Mono<Void> delete(String databaseId) {
		return Mono.defer(() -> this.transport
			.callForNoContent(ApiRequest.delete("tablesdb", Require.nonBlank("databaseId", databaseId)), this.context));
	}

	// tables

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
	public Mono<Table> createTable(String databaseId, String tableId, String name, @Nullable List<String> permissions,
			@Nullable Boolean rowSecurity, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post(tables(databaseId))
			.json(JsonBody.create()
				.with("tableId", Require.id("tableId", tableId))
				.with("name", Require.nonBlank("name", name))
				.with("permissions", permissions)
				.with("rowSecurity", rowSecurity)
				.with("enabled", enabled)), this.context, Table.class));
	}

	/**
	 * Returns a page of tables.
	 * @param databaseId the database ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @return a page of tables
	 */
	public Mono<TableList> listTables(String databaseId, @Nullable List<String> queries, @Nullable String search) {
		return listTables(databaseId, queries, search, null);
	}

	/**
	 * Returns a page of tables.
	 * @param databaseId the database ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return a page of tables
	 */
	public Mono<TableList> listTables(String databaseId, @Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get(tables(databaseId))
			.queryArray("queries", queries(queries))
			.query("total", total)
			.query("search", search), this.context, TableList.class));
	}

	/**
	 * Returns every table of the database, page by page.
	 * @param databaseId the database ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every table of the database, page by page
	 */
	public Flux<Table> listAllTables(String databaseId, @Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE,
				(page) -> listTables(databaseId, page, null), Table::id);
	}

	/**
	 * Returns the table with its columns and indexes.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @return the table with its columns and indexes
	 */
	public Mono<Table> getTable(String databaseId, String tableId) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get(table(databaseId, tableId)), this.context, Table.class));
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
	public Mono<Table> updateTable(String databaseId, String tableId, String name, @Nullable List<String> permissions,
			@Nullable Boolean rowSecurity, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.put(table(databaseId, tableId))
			.json(JsonBody.create()
				.with("name", Require.nonBlank("name", name))
				.with("permissions", permissions)
				.with("rowSecurity", rowSecurity)
				.with("enabled", enabled)), this.context, Table.class));
	}

	/**
	 * Returns completion once the table and its rows are deleted.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @return completion once the table and its rows are deleted
	 */
	public Mono<Void> deleteTable(String databaseId, String tableId) {
		return Mono
			.defer(() -> this.transport.callForNoContent(ApiRequest.delete(table(databaseId, tableId)), this.context));
	}

	// columns

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
	public Mono<Column> createStringColumn(String databaseId, String tableId, String key, long size, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "string", key, required, defaultValue, array,
				JsonBody.create().with("size", Require.range("size", size, 1, 1_073_741_824L))));
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
	public Mono<Column> createIntegerColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable Long min, @Nullable Long max, @Nullable Long defaultValue, @Nullable Boolean array) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "integer", key, required, defaultValue, array,
				JsonBody.create().with("min", min).with("max", max)));
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
	public Mono<Column> createFloatColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable Double min, @Nullable Double max, @Nullable Double defaultValue, @Nullable Boolean array) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "float", key, required, defaultValue, array,
				JsonBody.create().with("min", min).with("max", max)));
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
	public Mono<Column> createBooleanColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable Boolean defaultValue, @Nullable Boolean array) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "boolean", key, required, defaultValue, array,
				JsonBody.create()));
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
	public Mono<Column> createDatetimeColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "datetime", key, required, defaultValue, array,
				JsonBody.create()));
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
	public Mono<Column> createEmailColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "email", key, required, defaultValue, array,
				JsonBody.create()));
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
	public Mono<Column> createEnumColumn(String databaseId, String tableId, String key, List<String> elements,
			boolean required, @Nullable String defaultValue, @Nullable Boolean array) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "enum", key, required, defaultValue, array,
				JsonBody.create().with("elements", Require.nonEmpty("elements", elements))));
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
	public Mono<Column> createUrlColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Mono.defer(
				() -> createColumn(databaseId, tableId, "url", key, required, defaultValue, array, JsonBody.create()));
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
	public Mono<Column> createIpColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable Boolean array) {
		return Mono.defer(
				() -> createColumn(databaseId, tableId, "ip", key, required, defaultValue, array, JsonBody.create()));
	}

	private Mono<Column> createColumn(String databaseId, String tableId, String type, String key, boolean required,
			@Nullable Object defaultValue, @Nullable Boolean array, JsonBody typeSpecific) {
		JsonBody body = JsonBody.create()
			.with("key", Require.id("key", key))
			.with("required", required)
			.with("default", defaultValue)
			.with("array", array);
		body.putAll(typeSpecific);
		return this.transport.call(ApiRequest.post(columns(databaseId, tableId, type)).json(body), this.context,
				Column.class);
	}

	/**
	 * Returns the table's columns.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null}
	 * @return the table's columns
	 */
	public Mono<ColumnList> listColumns(String databaseId, String tableId, @Nullable List<String> queries) {
		return listColumns(databaseId, tableId, queries, null);
	}

	/**
	 * Returns the table's columns.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the table's columns
	 */
	public Mono<ColumnList> listColumns(String databaseId, String tableId, @Nullable List<String> queries,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get(columns(databaseId, tableId))
			.queryArray("queries", queries(queries))
			.query("total", total), this.context, ColumnList.class));
	}

	/**
	 * Returns every column of the table, page by page.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every column of the table, page by page
	 */
	public Flux<Column> listAllColumns(String databaseId, String tableId, @Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE,
				(page) -> listColumns(databaseId, tableId, page), Column::key);
	}

	/**
	 * Returns the column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @return the column
	 */
	public Mono<Column> getColumn(String databaseId, String tableId, String key) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get(columns(databaseId, tableId, Require.nonBlank("key", key))),
					this.context, Column.class));
	}

	/**
	 * Returns completion once the column is deleted.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @return completion once the column is deleted
	 */
	public Mono<Void> deleteColumn(String databaseId, String tableId, String key) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete(columns(databaseId, tableId, Require.nonBlank("key", key))), this.context));
	}

	// indexes

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
	public Mono<ColumnIndex> createIndex(String databaseId, String tableId, String key, String type,
			List<String> columns, @Nullable List<String> orders, @Nullable List<Integer> lengths) {
		return Mono.defer(() -> {
			if (!List.of("key", "unique", "fulltext", "spatial").contains(type)) {
				throw new IllegalArgumentException(
						"'type' must be key, unique, fulltext or spatial but was '" + type + "'");
			}
			return this.transport.call(ApiRequest.post(indexes(databaseId, tableId))
				.json(JsonBody.create()
					.with("key", Require.id("key", key))
					.with("type", type)
					.with("columns", Require.nonEmpty("columns", columns))
					.with("orders", orders)
					.with("lengths", lengths)), this.context, ColumnIndex.class);
		});
	}

	/**
	 * Returns the table's indexes.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null}
	 * @return the table's indexes
	 */
	public Mono<ColumnIndexList> listIndexes(String databaseId, String tableId, @Nullable List<String> queries) {
		return listIndexes(databaseId, tableId, queries, null);
	}

	/**
	 * Returns the table's indexes.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the table's indexes
	 */
	public Mono<ColumnIndexList> listIndexes(String databaseId, String tableId, @Nullable List<String> queries,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get(indexes(databaseId, tableId))
			.queryArray("queries", queries(queries))
			.query("total", total), this.context, ColumnIndexList.class));
	}

	/**
	 * Returns every index of the table, page by page.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries filters and ordering, or {@code null}
	 * @return every index of the table, page by page
	 */
	public Flux<ColumnIndex> listAllIndexes(String databaseId, String tableId, @Nullable List<String> queries) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE,
				(page) -> listIndexes(databaseId, tableId, page), ColumnIndex::key);
	}

	/**
	 * Returns the index.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the index key
	 * @return the index
	 */
	public Mono<ColumnIndex> getIndex(String databaseId, String tableId, String key) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get(indexes(databaseId, tableId, Require.nonBlank("key", key))),
					this.context, ColumnIndex.class));
	}

	/**
	 * Returns completion once the index is deleted.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the index key
	 * @return completion once the index is deleted
	 */
	public Mono<Void> deleteIndex(String databaseId, String tableId, String key) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete(indexes(databaseId, tableId, Require.nonBlank("key", key))), this.context));
	}

	// rows

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
	public <T> Mono<Row<T>> createRow(String databaseId, String tableId, String rowId, Object data,
			@Nullable List<String> permissions, Class<T> type) {
		return createRow(databaseId, tableId, rowId, data, permissions, null, type);
	}

	/**
	 * Creates a row, staged in a transaction when one is given.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the new row's ID, or {@code ID.unique()}
	 * @param data the column values: a record, a POJO or a map
	 * @param permissions the row's permissions, or {@code null}
	 * @param transactionId the transaction to stage this in, or {@code null}
	 * @param type the type the answer's data is mapped to
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Mono<Row<T>> createRow(String databaseId, String tableId, String rowId, Object data,
			@Nullable List<String> permissions, @Nullable String transactionId, Class<T> type) {
		return Mono.defer(() -> callForRow(ApiRequest.post(rows(databaseId, tableId))
			.json(JsonBody.create()
				.with("rowId", Require.id("rowId", rowId))
				.with("data", Require.nonNull("data", data))
				.with("permissions", permissions)
				.with("transactionId", transactionId)), type));
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
	public Mono<Row<Map<String, Object>>> createRow(String databaseId, String tableId, String rowId, Object data,
			@Nullable List<String> permissions) {
		return createRow(databaseId, tableId, rowId, data, permissions, Rows.MAP);
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
	public <T> Mono<Row<T>> getRow(String databaseId, String tableId, String rowId, @Nullable List<String> queries,
			Class<T> type) {
		return getRow(databaseId, tableId, rowId, queries, null, type);
	}

	/**
	 * Returns the row as seen inside a transaction when one is given.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param queries {@code Query.select(..)} queries, or {@code null}
	 * @param transactionId the transaction to read in, or {@code null}
	 * @param type the data type
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Mono<Row<T>> getRow(String databaseId, String tableId, String rowId, @Nullable List<String> queries,
			@Nullable String transactionId, Class<T> type) {
		return Mono.defer(() -> callForRow(ApiRequest.get(row(databaseId, tableId, rowId))
			.queryArray("queries", queries(queries))
			.query("transactionId", transactionId), type));
	}

	/**
	 * Returns the row with its data as the given type.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param type the data type
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Mono<Row<T>> getRow(String databaseId, String tableId, String rowId, Class<T> type) {
		return getRow(databaseId, tableId, rowId, null, null, type);
	}

	/**
	 * Returns the row with its data as a map.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @return the row with its data as a map
	 */
	public Mono<Row<Map<String, Object>>> getRow(String databaseId, String tableId, String rowId) {
		return getRow(databaseId, tableId, rowId, null, Rows.MAP);
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
	public <T> Mono<RowList<T>> listRows(String databaseId, String tableId, @Nullable List<String> queries,
			Class<T> type) {
		return listRows(databaseId, tableId, queries, null, null, type);
	}

	/**
	 * Returns a page of the rows the caller may read, with every option.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null}
	 * @param transactionId the transaction to read in, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @param type the data type
	 * @param <T> that type
	 * @return a page of the rows the caller may read
	 */
	public <T> Mono<RowList<T>> listRows(String databaseId, String tableId, @Nullable List<String> queries,
			@Nullable String transactionId, @Nullable Boolean total, Class<T> type) {
		return Mono.defer(() -> callForRows(ApiRequest.get(rows(databaseId, tableId))
			.queryArray("queries", queries(queries))
			.query("transactionId", transactionId)
			.query("total", total), type));
	}

	/**
	 * Returns a page of rows with their data as maps.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries queries, or {@code null}
	 * @return a page of rows with their data as maps
	 */
	public Mono<RowList<Map<String, Object>>> listRows(String databaseId, String tableId,
			@Nullable List<String> queries) {
		return listRows(databaseId, tableId, queries, Rows.MAP);
	}

	/**
	 * Returns every matching row, page by page.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries filters and ordering (no limit, offset or cursor), or {@code null}
	 * @param type the data type
	 * @param <T> that type
	 * @return every matching row, page by page
	 */
	public <T> Flux<Row<T>> listAllRows(String databaseId, String tableId, @Nullable List<String> queries,
			Class<T> type) {
		return Paginator.all(queries(queries), Paginator.DEFAULT_PAGE_SIZE,
				(page) -> listRows(databaseId, tableId, page, type), Row::id);
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
	public <T> Mono<Row<T>> updateRow(String databaseId, String tableId, String rowId, @Nullable Object data,
			@Nullable List<String> permissions, Class<T> type) {
		return updateRow(databaseId, tableId, rowId, data, permissions, null, type);
	}

	/**
	 * Updates the given columns of a row, staged in a transaction when one is given.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param data the columns to change, or {@code null} to change only permissions
	 * @param permissions the new permissions, or {@code null} to keep them
	 * @param transactionId the transaction to stage this in, or {@code null}
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Mono<Row<T>> updateRow(String databaseId, String tableId, String rowId, @Nullable Object data,
			@Nullable List<String> permissions, @Nullable String transactionId, Class<T> type) {
		return Mono.defer(() -> callForRow(ApiRequest.patch(row(databaseId, tableId, rowId))
			.json(JsonBody.create()
				.with("data", data)
				.with("permissions", permissions)
				.with("transactionId", transactionId)), type));
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
	public <T> Mono<Row<T>> upsertRow(String databaseId, String tableId, String rowId, Object data,
			@Nullable List<String> permissions, Class<T> type) {
		return upsertRow(databaseId, tableId, rowId, data, permissions, null, type);
	}

	/**
	 * Creates the row, or replaces it, staged in a transaction when one is given.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param data all column values
	 * @param permissions the permissions, or {@code null}
	 * @param transactionId the transaction to stage this in, or {@code null}
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Mono<Row<T>> upsertRow(String databaseId, String tableId, String rowId, Object data,
			@Nullable List<String> permissions, @Nullable String transactionId, Class<T> type) {
		return Mono.defer(() -> callForRow(ApiRequest.put(row(databaseId, tableId, Require.id("rowId", rowId)))
			.json(JsonBody.create()
				.with("data", Require.nonNull("data", data))
				.with("permissions", permissions)
				.with("transactionId", transactionId)), type));
	}

	/**
	 * Returns completion once the row is deleted.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @return completion once the row is deleted
	 */
	public Mono<Void> deleteRow(String databaseId, String tableId, String rowId) {
		return deleteRow(databaseId, tableId, rowId, null);
	}

	/**
	 * Returns completion once the row is deleted (or the deletion staged in the
	 * transaction).
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param transactionId the transaction to stage this in, or {@code null}
	 * @return completion once the row is deleted
	 */
	public Mono<Void> deleteRow(String databaseId, String tableId, String rowId, @Nullable String transactionId) {
		return Mono.defer(() -> {
			ApiRequest request = ApiRequest.delete(row(databaseId, tableId, rowId));
			if (transactionId != null) {
				request.json(JsonBody.create().with("transactionId", transactionId));
			}
			return this.transport.callForNoContent(request, this.context);
		});
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
	public <T> Mono<RowList<T>> createRows(String databaseId, String tableId, List<?> rows, Class<T> type) {
		return Mono.defer(() -> callForRows(ApiRequest.post(rows(databaseId, tableId))
			.json(JsonBody.create().with("rows", Require.nonEmpty("rows", rows))), type));
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
	public <T> Mono<RowList<T>> updateRows(String databaseId, String tableId, Object data,
			@Nullable List<String> queries, Class<T> type) {
		return updateRows(databaseId, tableId, data, queries, null, type);
	}

	/**
	 * Sets the same column values on every row matching the queries (API key only),
	 * staged in a transaction when one is given.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param data the values to set
	 * @param queries which rows, or {@code null} for all
	 * @param transactionId the transaction to stage this in, or {@code null}
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the updated rows
	 */
	public <T> Mono<RowList<T>> updateRows(String databaseId, String tableId, Object data,
			@Nullable List<String> queries, @Nullable String transactionId, Class<T> type) {
		return Mono.defer(() -> callForRows(ApiRequest.patch(rows(databaseId, tableId))
			.json(JsonBody.create()
				.with("data", Require.nonNull("data", data))
				.with("queries", queries(queries))
				.with("transactionId", transactionId)), type));
	}

	/**
	 * Deletes every row matching the queries (API key only).
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries which rows, or {@code null} for all
	 * @return the deleted rows
	 */
	public Mono<RowList<Map<String, Object>>> deleteRows(String databaseId, String tableId,
			@Nullable List<String> queries) {
		return deleteRows(databaseId, tableId, queries, null);
	}

	/**
	 * Deletes every row matching the queries (API key only), staged in a transaction when
	 * one is given.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param queries which rows, or {@code null} for all
	 * @param transactionId the transaction to stage this in, or {@code null}
	 * @return the deleted rows
	 */
	public Mono<RowList<Map<String, Object>>> deleteRows(String databaseId, String tableId,
			@Nullable List<String> queries, @Nullable String transactionId) {
		return Mono.defer(() -> callForRows(
				ApiRequest.delete(rows(databaseId, tableId))
					.json(JsonBody.create().with("queries", queries(queries)).with("transactionId", transactionId)),
				Rows.MAP));
	}

	private <T> Mono<Row<T>> callForRow(ApiRequest request, Class<T> type) {
		Require.nonNull("type", type);
		return this.transport.call(request, this.context, JsonNode.class).map((json) -> Rows.row(json, type));
	}

	private <T> Mono<RowList<T>> callForRows(ApiRequest request, Class<T> type) {
		Require.nonNull("type", type);
		return this.transport.call(request, this.context, JsonNode.class).map((json) -> Rows.rows(json, type));
	}

	private static String[] tables(String databaseId) {
		return new String[] { "tablesdb", Require.nonBlank("databaseId", databaseId), "tables" };
	}

	private static String[] table(String databaseId, String tableId) {
		return new String[] { "tablesdb", Require.nonBlank("databaseId", databaseId), "tables",
				Require.nonBlank("tableId", tableId) };
	}

	private static String[] columns(String databaseId, String tableId, String... more) {
		return append(table(databaseId, tableId), "columns", more);
	}

	private static String[] indexes(String databaseId, String tableId, String... more) {
		return append(table(databaseId, tableId), "indexes", more);
	}

	private static String[] rows(String databaseId, String tableId) {
		return append(table(databaseId, tableId), "rows");
	}

	private static String[] row(String databaseId, String tableId, String rowId) {
		return append(table(databaseId, tableId), "rows", Require.nonBlank("rowId", rowId));
	}

	private static String[] append(String[] path, String segment, String... more) {
		String[] result = java.util.Arrays.copyOf(path, path.length + 1 + more.length);
		result[path.length] = segment;
		System.arraycopy(more, 0, result, path.length + 1, more.length);
		return result;
	}

	/**
	 * List transactions.
	 * @param queries queries, or {@code null}
	 * @return the transaction list
	 */
	public Mono<TransactionList> listTransactions(@Nullable List<String> queries) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("tablesdb", "transactions").queryArray("queries", queries(queries)), this.context,
				TransactionList.class));
	}

	/**
	 * Create transaction.
	 * @param ttl seconds before the transaction expires, or {@code null}
	 * @return the transaction
	 */
	public Mono<Transaction> createTransaction(@Nullable Long ttl) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.post("tablesdb", "transactions").json(JsonBody.create().with("ttl", ttl)), this.context,
				Transaction.class));
	}

	/**
	 * Get transaction.
	 * @param transactionId the transaction ID
	 * @return the transaction
	 */
	public Mono<Transaction> getTransaction(String transactionId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("tablesdb", "transactions", Require.nonBlank("transactionId", transactionId)),
				this.context, Transaction.class));
	}

	/**
	 * Update transaction.
	 * @param transactionId the transaction ID
	 * @param commit commit transaction?, or {@code null}
	 * @param rollback rollback transaction?, or {@code null}
	 * @return the transaction
	 */
	public Mono<Transaction> updateTransaction(String transactionId, @Nullable Boolean commit,
			@Nullable Boolean rollback) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("tablesdb", "transactions", Require.nonBlank("transactionId", transactionId))
					.json(JsonBody.create().with("commit", commit).with("rollback", rollback)),
				this.context, Transaction.class));
	}

	/**
	 * Delete transaction.
	 * @param transactionId the transaction ID
	 * @return completion once done
	 */
	public Mono<Void> deleteTransaction(String transactionId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("tablesdb", "transactions", Require.nonBlank("transactionId", transactionId)),
				this.context));
	}

	/**
	 * Create operations.
	 * @param transactionId the transaction ID
	 * @param operations array of staged operations, or {@code null}
	 * @return the transaction
	 */
	public Mono<Transaction> createOperations(String transactionId, @Nullable List<?> operations) {
		return Mono.defer(() -> this.transport.call(ApiRequest
			.post("tablesdb", "transactions", Require.nonBlank("transactionId", transactionId), "operations")
			.json(JsonBody.create().with("operations", operations)), this.context, Transaction.class));
	}

	/**
	 * Update boolean column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateBooleanColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable Boolean defaultValue, @Nullable String newKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch(columns(databaseId, tableId, "boolean", Require.nonBlank("key", key)))
				.json(JsonBody.create()
					.with("required", required)
					.withNull("default", defaultValue)
					.with("newKey", newKey)), this.context, Column.class));
	}

	/**
	 * Update dateTime column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateDatetimeColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable String newKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch(columns(databaseId, tableId, "datetime", Require.nonBlank("key", key)))
				.json(JsonBody.create()
					.with("required", required)
					.withNull("default", defaultValue)
					.with("newKey", newKey)), this.context, Column.class));
	}

	/**
	 * Update email column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateEmailColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable String newKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch(columns(databaseId, tableId, "email", Require.nonBlank("key", key)))
				.json(JsonBody.create()
					.with("required", required)
					.withNull("default", defaultValue)
					.with("newKey", newKey)), this.context, Column.class));
	}

	/**
	 * Update enum column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param elements updated list of enum values
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateEnumColumn(String databaseId, String tableId, String key, List<String> elements,
			boolean required, @Nullable String defaultValue, @Nullable String newKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch(columns(databaseId, tableId, "enum", Require.nonBlank("key", key)))
				.json(JsonBody.create()
					.with("elements", Require.nonNull("elements", elements))
					.with("required", required)
					.withNull("default", defaultValue)
					.with("newKey", newKey)), this.context, Column.class));
	}

	/**
	 * Update float column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param min minimum value, or {@code null}
	 * @param max maximum value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateFloatColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable Double defaultValue, @Nullable Double min, @Nullable Double max, @Nullable String newKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch(columns(databaseId, tableId, "float", Require.nonBlank("key", key)))
				.json(JsonBody.create()
					.with("required", required)
					.with("min", min)
					.with("max", max)
					.withNull("default", defaultValue)
					.with("newKey", newKey)), this.context, Column.class));
	}

	/**
	 * Update integer column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param min minimum value, or {@code null}
	 * @param max maximum value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateIntegerColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable Long defaultValue, @Nullable Long min, @Nullable Long max, @Nullable String newKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch(columns(databaseId, tableId, "integer", Require.nonBlank("key", key)))
				.json(JsonBody.create()
					.with("required", required)
					.with("min", min)
					.with("max", max)
					.withNull("default", defaultValue)
					.with("newKey", newKey)), this.context, Column.class));
	}

	/**
	 * Update IP address column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateIpColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable String newKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch(columns(databaseId, tableId, "ip", Require.nonBlank("key", key)))
				.json(JsonBody.create()
					.with("required", required)
					.withNull("default", defaultValue)
					.with("newKey", newKey)), this.context, Column.class));
	}

	/**
	 * Create line column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @return the column
	 */
	public Mono<Column> createLineColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable List<?> defaultValue) {
		return Mono.defer(
				() -> createColumn(databaseId, tableId, "line", key, required, defaultValue, null, JsonBody.create()));
	}

	/**
	 * Update line column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateLineColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable List<?> defaultValue, @Nullable String newKey) {
		return Mono.defer(() -> this.transport.call(ApiRequest
			.patch(columns(databaseId, tableId, "line", Require.nonBlank("key", key)))
			.json(JsonBody.create().with("required", required).with("default", defaultValue).with("newKey", newKey)),
				this.context, Column.class));
	}

	/**
	 * Create point column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @return the column
	 */
	public Mono<Column> createPointColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable List<?> defaultValue) {
		return Mono.defer(
				() -> createColumn(databaseId, tableId, "point", key, required, defaultValue, null, JsonBody.create()));
	}

	/**
	 * Update point column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updatePointColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable List<?> defaultValue, @Nullable String newKey) {
		return Mono.defer(() -> this.transport.call(ApiRequest
			.patch(columns(databaseId, tableId, "point", Require.nonBlank("key", key)))
			.json(JsonBody.create().with("required", required).with("default", defaultValue).with("newKey", newKey)),
				this.context, Column.class));
	}

	/**
	 * Create polygon column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @return the column
	 */
	public Mono<Column> createPolygonColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable List<?> defaultValue) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "polygon", key, required, defaultValue, null,
				JsonBody.create()));
	}

	/**
	 * Update polygon column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updatePolygonColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable List<?> defaultValue, @Nullable String newKey) {
		return Mono.defer(() -> this.transport.call(ApiRequest
			.patch(columns(databaseId, tableId, "polygon", Require.nonBlank("key", key)))
			.json(JsonBody.create().with("required", required).with("default", defaultValue).with("newKey", newKey)),
				this.context, Column.class));
	}

	/**
	 * Create relationship column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param relatedTableId related Table ID
	 * @param type relation type
	 * @param twoWay is Two Way?, or {@code null}
	 * @param key the key, or {@code null}
	 * @param twoWayKey two Way Column Key, or {@code null}
	 * @param onDelete constraints option, or {@code null}
	 * @return the column
	 */
	public Mono<Column> createRelationshipColumn(String databaseId, String tableId, String relatedTableId, String type,
			@Nullable Boolean twoWay, @Nullable String key, @Nullable String twoWayKey, @Nullable String onDelete) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post(columns(databaseId, tableId, "relationship"))
			.json(JsonBody.create()
				.with("relatedTableId", Require.nonBlank("relatedTableId", relatedTableId))
				.with("type", Require.nonBlank("type", type))
				.with("twoWay", twoWay)
				.with("key", key)
				.with("twoWayKey", twoWayKey)
				.with("onDelete", onDelete)), this.context, Column.class));
	}

	/**
	 * Update string column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param size maximum size of the string column, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateStringColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable Long size, @Nullable String newKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch(columns(databaseId, tableId, "string", Require.nonBlank("key", key)))
				.json(JsonBody.create()
					.with("required", required)
					.withNull("default", defaultValue)
					.with("size", size)
					.with("newKey", newKey)), this.context, Column.class));
	}

	/**
	 * Update URL column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param required whether rows must have a value
	 * @param defaultValue the default value, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateUrlColumn(String databaseId, String tableId, String key, boolean required,
			@Nullable String defaultValue, @Nullable String newKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch(columns(databaseId, tableId, "url", Require.nonBlank("key", key)))
				.json(JsonBody.create()
					.with("required", required)
					.withNull("default", defaultValue)
					.with("newKey", newKey)), this.context, Column.class));
	}

	/**
	 * Update relationship column.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the key
	 * @param onDelete constraints option, or {@code null}
	 * @param newKey the column's new key, or {@code null}
	 * @return the column
	 */
	public Mono<Column> updateRelationshipColumn(String databaseId, String tableId, String key,
			@Nullable String onDelete, @Nullable String newKey) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("tablesdb", Require.nonBlank("databaseId", databaseId), "tables",
						Require.nonBlank("tableId", tableId), "columns", Require.nonBlank("key", key), "relationship")
					.json(JsonBody.create().with("onDelete", onDelete).with("newKey", newKey)),
				this.context, Column.class));
	}

	/**
	 * Creates or replaces several rows in one call (API key only). Each element carries
	 * its {@code $id} and may carry {@code $permissions}.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rows the rows' data
	 * @param transactionId the transaction to stage this in, or {@code null}
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the rows
	 */
	public <T> Mono<RowList<T>> upsertRows(String databaseId, String tableId, List<?> rows,
			@Nullable String transactionId, Class<T> type) {
		return Mono.defer(() -> callForRows(ApiRequest.put(rows(databaseId, tableId))
			.json(JsonBody.create().with("rows", Require.nonEmpty("rows", rows)).with("transactionId", transactionId)),
				type));
	}

	/**
	 * Adds to a numeric column of a row, atomically on Appwrite's side.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param column the column key
	 * @param value how much to add, or {@code null} for 1
	 * @param max the value the column must not exceed, or {@code null}
	 * @param transactionId the transaction to stage this in, or {@code null}
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Mono<Row<T>> incrementRowColumn(String databaseId, String tableId, String rowId, String column,
			@Nullable Double value, @Nullable Double max, @Nullable String transactionId, Class<T> type) {
		return Mono.defer(() -> callForRow(
				ApiRequest
					.patch(append(row(databaseId, tableId, rowId), Require.nonBlank("column", column), "increment"))
					.json(JsonBody.create().with("value", value).with("max", max).with("transactionId", transactionId)),
				type));
	}

	/**
	 * Subtracts from a numeric column of a row, atomically on Appwrite's side.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param column the column key
	 * @param value how much to subtract, or {@code null} for 1
	 * @param min the value the column must not go below, or {@code null}
	 * @param transactionId the transaction to stage this in, or {@code null}
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Mono<Row<T>> decrementRowColumn(String databaseId, String tableId, String rowId, String column,
			@Nullable Double value, @Nullable Double min, @Nullable String transactionId, Class<T> type) {
		return Mono.defer(() -> callForRow(
				ApiRequest
					.patch(append(row(databaseId, tableId, rowId), Require.nonBlank("column", column), "decrement"))
					.json(JsonBody.create().with("value", value).with("min", min).with("transactionId", transactionId)),
				type));
	}

	/**
	 * Returns a page of databases. Leaves out {@code queries}, {@code search}.
	 * @return a page of databases
	 */
	public Mono<DatabaseList> list() {
		return list(null, null);
	}

	/**
	 * Returns a page of databases. Leaves out {@code search}.
	 * @param queries queries
	 * @return a page of databases
	 */
	public Mono<DatabaseList> list(List<String> queries) {
		return list(queries, null);
	}

	/**
	 * Returns every database, page by page. Leaves out {@code queries}.
	 * @return every database, page by page
	 */
	public Flux<Database> listAll() {
		return listAll(null);
	}

	/**
	 * Returns a page of tables. Leaves out {@code queries}, {@code search}.
	 * @param databaseId the database ID
	 * @return a page of tables
	 */
	public Mono<TableList> listTables(String databaseId) {
		return listTables(databaseId, null, null);
	}

	/**
	 * Returns a page of tables. Leaves out {@code search}.
	 * @param databaseId the database ID
	 * @param queries queries
	 * @return a page of tables
	 */
	public Mono<TableList> listTables(String databaseId, List<String> queries) {
		return listTables(databaseId, queries, null);
	}

	/**
	 * Returns every table of the database, page by page. Leaves out {@code queries}.
	 * @param databaseId the database ID
	 * @return every table of the database, page by page
	 */
	public Flux<Table> listAllTables(String databaseId) {
		return listAllTables(databaseId, null);
	}

	/**
	 * Returns the table's columns. Leaves out {@code queries}.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @return the table's columns
	 */
	public Mono<ColumnList> listColumns(String databaseId, String tableId) {
		return listColumns(databaseId, tableId, null);
	}

	/**
	 * Returns every column of the table, page by page. Leaves out {@code queries}.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @return every column of the table, page by page
	 */
	public Flux<Column> listAllColumns(String databaseId, String tableId) {
		return listAllColumns(databaseId, tableId, null);
	}

	/**
	 * Returns the table's indexes. Leaves out {@code queries}.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @return the table's indexes
	 */
	public Mono<ColumnIndexList> listIndexes(String databaseId, String tableId) {
		return listIndexes(databaseId, tableId, null);
	}

	/**
	 * Returns every index of the table, page by page. Leaves out {@code queries}.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @return every index of the table, page by page
	 */
	public Flux<ColumnIndex> listAllIndexes(String databaseId, String tableId) {
		return listAllIndexes(databaseId, tableId, null);
	}

	/**
	 * List transactions. Leaves out {@code queries}.
	 * @return the transaction list
	 */
	public Mono<TransactionList> listTransactions() {
		return listTransactions(null);
	}

	/**
	 * Creates a string column with the given options.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param size the maximum length in characters
	 * @param options required or not, default, array, encryption
	 * @return the column
	 */
	public Mono<Column> createStringColumn(String databaseId, String tableId, String key, long size,
			ColumnOptions options) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "string", key, options,
				JsonBody.create()
					.with("size", Require.range("size", size, 1, 1_073_741_824L))
					.with("encrypt", options.encrypt() ? Boolean.TRUE : null)));
	}

	/**
	 * Creates an integer column with the given options.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param options required or not, default, array, range
	 * @return the column
	 */
	public Mono<Column> createIntegerColumn(String databaseId, String tableId, String key, ColumnOptions options) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "integer", key, options,
				JsonBody.create().with("min", options.min()).with("max", options.max())));
	}

	/**
	 * Creates a float column with the given options.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param options required or not, default, array, range
	 * @return the column
	 */
	public Mono<Column> createFloatColumn(String databaseId, String tableId, String key, ColumnOptions options) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "float", key, options,
				JsonBody.create().with("min", options.min()).with("max", options.max())));
	}

	/**
	 * Creates a boolean column with the given options.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param options required or not, default, array
	 * @return the column
	 */
	public Mono<Column> createBooleanColumn(String databaseId, String tableId, String key, ColumnOptions options) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "boolean", key, options, JsonBody.create()));
	}

	/**
	 * Creates a datetime column with the given options.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param options required or not, default (ISO 8601), array
	 * @return the column
	 */
	public Mono<Column> createDatetimeColumn(String databaseId, String tableId, String key, ColumnOptions options) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "datetime", key, options, JsonBody.create()));
	}

	/**
	 * Creates an email column with the given options.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param options required or not, default, array
	 * @return the column
	 */
	public Mono<Column> createEmailColumn(String databaseId, String tableId, String key, ColumnOptions options) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "email", key, options, JsonBody.create()));
	}

	/**
	 * Creates an enum column with the given options.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param elements the allowed values
	 * @param options required or not, default, array
	 * @return the column
	 */
	public Mono<Column> createEnumColumn(String databaseId, String tableId, String key, List<String> elements,
			ColumnOptions options) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "enum", key, options,
				JsonBody.create().with("elements", Require.nonEmpty("elements", elements))));
	}

	/**
	 * Creates a URL column with the given options.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param options required or not, default, array
	 * @return the column
	 */
	public Mono<Column> createUrlColumn(String databaseId, String tableId, String key, ColumnOptions options) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "url", key, options, JsonBody.create()));
	}

	/**
	 * Creates an IP address column with the given options.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param key the column key
	 * @param options required or not, default, array
	 * @return the column
	 */
	public Mono<Column> createIpColumn(String databaseId, String tableId, String key, ColumnOptions options) {
		return Mono.defer(() -> createColumn(databaseId, tableId, "ip", key, options, JsonBody.create()));
	}

	private Mono<Column> createColumn(String databaseId, String tableId, String type, String key, ColumnOptions options,
			JsonBody typeSpecific) {
		Require.nonNull("options", options);
		return createColumn(databaseId, tableId, type, key, options.isRequired(), options.defaultValue(),
				options.array() ? Boolean.TRUE : null, typeSpecific);
	}

	/**
	 * Changes the given columns of a row, keeping its permissions.
	 * @param databaseId the database ID
	 * @param tableId the table ID
	 * @param rowId the row ID
	 * @param data the columns to change
	 * @param type the data type of the answer
	 * @param <T> that type
	 * @return the row
	 */
	public <T> Mono<Row<T>> updateRow(String databaseId, String tableId, String rowId, Object data, Class<T> type) {
		return updateRow(databaseId, tableId, rowId, data, null, null, type);
	}

	/**
	 * Creates a database, enabled.
	 * @param databaseId the new database's ID, or {@code ID.unique()}
	 * @param name its name
	 * @return the database
	 */
	public Mono<Database> create(String databaseId, String name) {
		return create(databaseId, name, null);
	}

	/**
	 * Creates a table with Appwrite's defaults: no permissions, no row security, enabled.
	 * @param databaseId the database ID
	 * @param tableId the new table's ID, or {@code ID.unique()}
	 * @param name its name
	 * @return the table
	 */
	public Mono<Table> createTable(String databaseId, String tableId, String name) {
		return createTable(databaseId, tableId, name, null, null, null);
	}

}
