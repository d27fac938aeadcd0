package io.github.appwritespring.emulator.internal.tablesdb;

import io.github.appwritespring.emulator.internal.module.EmulatorContext;

/**
 * The row writer, operation runner and transactions one emulator's TablesDB routes share.
 *
 * @param writer writes rows
 * @param operations runs row operations for a caller
 * @param transactions stages and commits transactions
 */
record TablesDbServices(RowWriter writer, RowOperations operations, Transactions transactions) {

	static TablesDbServices of(EmulatorContext context) {
		return context.service(TablesDbServices.class, () -> {
			RowWriter writer = new RowWriter(context::now);
			RowOperations operations = new RowOperations(writer);
			return new TablesDbServices(writer, operations, new Transactions(context, operations));
		});
	}

}
