package io.github.appwritespring.client.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;
import io.github.appwritespring.client.transport.BlockingFace;

/**
 * One table's rows as one type, reactive face: the TablesDB row calls without repeating
 * the database ID, the table ID and the row type. Get one from
 * {@code tablesDb().table(databaseId, tableId, Note.class)}; it is immutable and as cheap
 * as the service it came from. Calls go as the client's view they came from (API key,
 * session or JWT), and within a transaction after {@link #inTransaction(String)}.
 *
 * @param <T> the type rows' data is mapped to (a record, a POJO or a map)
 * @since 0.1.0
 */
@BlockingFace(accessor = "table")
public class ReactiveTableHandle<T> {

	private final ReactiveTablesDb tablesDb;

	private final String databaseId;

	private final String tableId;

	private final Class<T> type;

	private final @Nullable String transactionId;

	ReactiveTableHandle(ReactiveTablesDb tablesDb, String databaseId, String tableId, Class<T> type,
			@Nullable String transactionId) {
		this.tablesDb = tablesDb;
		this.databaseId = Require.nonBlank("databaseId", databaseId);
		this.tableId = Require.nonBlank("tableId", tableId);
		this.type = Require.nonNull("type", type);
		this.transactionId = transactionId;
	}

	/**
	 * Returns the same table with every call staged in (or, for reads, seen through) the
	 * transaction.
	 * @param transactionId the transaction, from {@code tablesDb().createTransaction(..)}
	 * @return the same table inside the transaction, reactive face
	 */
	public ReactiveTableHandle<T> inTransaction(String transactionId) {
		return new ReactiveTableHandle<>(this.tablesDb, this.databaseId, this.tableId, this.type,
				Require.nonBlank("transactionId", transactionId));
	}

	/**
	 * Returns the row (404 {@code row_not_found} also when the caller may not read it).
	 * @param rowId the row ID
	 * @return the row
	 */
	public Mono<Row<T>> get(String rowId) {
		return this.tablesDb.getRow(this.databaseId, this.tableId, rowId, null, this.transactionId, this.type);
	}

	/**
	 * Returns the row with only the selected columns.
	 * @param rowId the row ID
	 * @param queries {@code Query.select(..)} queries
	 * @return the row
	 */
	public Mono<Row<T>> get(String rowId, List<String> queries) {
		return this.tablesDb.getRow(this.databaseId, this.tableId, rowId, queries, this.transactionId, this.type);
	}

	/**
	 * Returns the first page of the rows the caller may read (Appwrite's default page is
	 * 25 rows).
	 * @return a page of rows
	 */
	public Mono<RowList<T>> list() {
		return list(List.of());
	}

	/**
	 * Returns a page of the rows the caller may read.
	 * @param queries filters, ordering and paging
	 * @return a page of rows
	 */
	public Mono<RowList<T>> list(List<String> queries) {
		return this.tablesDb.listRows(this.databaseId, this.tableId, queries, this.transactionId, null, this.type);
	}

	/**
	 * Returns every row the caller may read, page by page.
	 * @return every row, page by page
	 */
	public Flux<Row<T>> listAll() {
		return listAll(List.of());
	}

	/**
	 * Returns every matching row, page by page.
	 * @param queries filters and ordering (no limit, offset or cursor)
	 * @return every matching row, page by page
	 */
	public Flux<Row<T>> listAll(List<String> queries) {
		return this.tablesDb.listAllRows(this.databaseId, this.tableId, queries, this.type);
	}

	/**
	 * Creates a row with a new unique ID and default permissions.
	 * @param data the column values
	 * @return the row
	 */
	public Mono<Row<T>> create(Object data) {
		return create(ID.unique(), data, null);
	}

	/**
	 * Creates a row.
	 * @param rowId the new row's ID, or {@code ID.unique()}
	 * @param data the column values
	 * @param permissions the row's permissions, or {@code null} for the defaults
	 * @return the row
	 */
	public Mono<Row<T>> create(String rowId, Object data, @Nullable List<String> permissions) {
		return this.tablesDb.createRow(this.databaseId, this.tableId, rowId, data, permissions, this.transactionId,
				this.type);
	}

	/**
	 * Changes the given columns of a row.
	 * @param rowId the row ID
	 * @param data the columns to change
	 * @return the row
	 */
	public Mono<Row<T>> update(String rowId, Object data) {
		return update(rowId, data, null);
	}

	/**
	 * Changes the given columns and the permissions of a row.
	 * @param rowId the row ID
	 * @param data the columns to change, or {@code null} for none
	 * @param permissions the new permissions, or {@code null} to keep them
	 * @return the row
	 */
	public Mono<Row<T>> update(String rowId, @Nullable Object data, @Nullable List<String> permissions) {
		return this.tablesDb.updateRow(this.databaseId, this.tableId, rowId, data, permissions, this.transactionId,
				this.type);
	}

	/**
	 * Creates the row, or replaces it if it exists.
	 * @param rowId the row ID
	 * @param data all column values
	 * @return the row
	 */
	public Mono<Row<T>> upsert(String rowId, Object data) {
		return upsert(rowId, data, null);
	}

	/**
	 * Creates the row, or replaces it, with the permissions.
	 * @param rowId the row ID
	 * @param data all column values
	 * @param permissions the permissions, or {@code null}
	 * @return the row
	 */
	public Mono<Row<T>> upsert(String rowId, Object data, @Nullable List<String> permissions) {
		return this.tablesDb.upsertRow(this.databaseId, this.tableId, rowId, data, permissions, this.transactionId,
				this.type);
	}

	/**
	 * Returns completion once the row is deleted.
	 * @param rowId the row ID
	 * @return completion once the row is deleted
	 */
	public Mono<Void> delete(String rowId) {
		return this.tablesDb.deleteRow(this.databaseId, this.tableId, rowId, this.transactionId);
	}

	/**
	 * Adds one to a numeric column, atomically on Appwrite's side.
	 * @param rowId the row ID
	 * @param column the column key
	 * @return the row
	 */
	public Mono<Row<T>> increment(String rowId, String column) {
		return increment(rowId, column, 1);
	}

	/**
	 * Adds to a numeric column, atomically on Appwrite's side.
	 * @param rowId the row ID
	 * @param column the column key
	 * @param by how much to add
	 * @return the row
	 */
	public Mono<Row<T>> increment(String rowId, String column, double by) {
		return this.tablesDb.incrementRowColumn(this.databaseId, this.tableId, rowId, column, by, null,
				this.transactionId, this.type);
	}

	/**
	 * Subtracts from a numeric column, atomically on Appwrite's side.
	 * @param rowId the row ID
	 * @param column the column key
	 * @param by how much to subtract
	 * @return the row
	 */
	public Mono<Row<T>> decrement(String rowId, String column, double by) {
		return this.tablesDb.decrementRowColumn(this.databaseId, this.tableId, rowId, column, by, null,
				this.transactionId, this.type);
	}

}
