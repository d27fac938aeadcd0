package io.github.appwritespring.client.model;

import java.util.List;

/**
 * A page of transactions.
 *
 * @param total total number of transactions that matched your query
 * @param transactions list of transactions
 * @since 0.1.0
 */
public record TransactionList(long total, List<Transaction> transactions) implements Page<Transaction> {

	@Override
	public List<Transaction> items() {
		return this.transactions;
	}

}
