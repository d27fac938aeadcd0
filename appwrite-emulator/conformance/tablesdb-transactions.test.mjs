import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TablesDB, Query, Permission, Role, ID } from 'node-appwrite';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
let db;
before(async () => {
  emulator = await startEmulator(['--no-rate-limits']);
  db = new TablesDB(emulator.admin());
  await db.create({ databaseId: 'shop', name: 'Shop' });
  await db.createTable({ databaseId: 'shop', tableId: 'stock', name: 'Stock', permissions: [Permission.create(Role.users())], rowSecurity: true });
  await db.createStringColumn({ databaseId: 'shop', tableId: 'stock', key: 'name', size: 50, required: false });
  await db.createIntegerColumn({ databaseId: 'shop', tableId: 'stock', key: 'count', required: false, xdefault: 0 });
});
after(async () => { await emulator.stop(); });

test('a transaction stages rows out of sight until it commits', async () => {
  await db.createRow({ databaseId: 'shop', tableId: 'stock', rowId: 'apples', data: { name: 'Apples', count: 5 } });
  const transaction = await db.createTransaction({ ttl: 120 });
  assert.equal(transaction.status, 'pending');
  assert.equal(transaction.operations, 0);
  const staged = await db.createRow({ databaseId: 'shop', tableId: 'stock', rowId: 'pears', data: { name: 'Pears' }, transactionId: transaction.$id });
  assert.equal(staged.$id, 'pears');
  const incremented = await db.incrementRowColumn({ databaseId: 'shop', tableId: 'stock', rowId: 'apples', column: 'count', value: 2, transactionId: transaction.$id });
  assert.equal(incremented.count, 7);
  assert.equal((await rejection(() => db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'pears' }))).type, 'row_not_found');
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'pears', transactionId: transaction.$id })).name, 'Pears');
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'apples' })).count, 5);
  await db.deleteRow({ databaseId: 'shop', tableId: 'stock', rowId: 'apples', transactionId: transaction.$id });
  assert.equal((await db.getTransaction({ transactionId: transaction.$id })).operations, 3);
  const committed = await db.updateTransaction({ transactionId: transaction.$id, commit: true });
  assert.equal(committed.status, 'committed');
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'pears' })).name, 'Pears');
  assert.equal((await rejection(() => db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'apples' }))).type, 'row_not_found');
  const again = await rejection(() => db.updateTransaction({ transactionId: transaction.$id, commit: true }));
  assert.equal(again.code, 400);
  assert.ok((await db.listTransactions()).total >= 1);
});

test('rollback, operations in bulk, conflicts and the limit', async () => {
  const rolledBack = await db.createTransaction();
  await db.createRow({ databaseId: 'shop', tableId: 'stock', rowId: 'plums', data: { name: 'Plums' }, transactionId: rolledBack.$id });
  assert.equal((await db.updateTransaction({ transactionId: rolledBack.$id, rollback: true })).status, 'failed');
  assert.equal((await rejection(() => db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'plums' }))).type, 'row_not_found');
  const neither = await rejection(() => db.updateTransaction({ transactionId: rolledBack.$id }));
  assert.equal(neither.type, 'general_bad_request');

  const bulk = await db.createTransaction();
  const staged = await db.createOperations({ transactionId: bulk.$id, operations: [
    { action: 'create', databaseId: 'shop', tableId: 'stock', rowId: 'melons', data: { name: 'Melons', count: 3 } },
    { action: 'decrement', databaseId: 'shop', tableId: 'stock', rowId: 'melons', data: { column: 'count', value: 1, min: 0 } },
    { action: 'bulkUpsert', databaseId: 'shop', tableId: 'stock', data: [{ $id: 'grapes', name: 'Grapes' }] },
  ] });
  assert.equal(staged.operations, 3);
  const tooMany = await rejection(() => db.createOperations({ transactionId: bulk.$id,
    operations: Array.from({ length: 98 }, (_, i) => ({ action: 'create', databaseId: 'shop', tableId: 'stock', rowId: `x${i}`, data: { name: 'x' } })) }));
  assert.equal(tooMany.type, 'transaction_limit_exceeded');
  await db.updateTransaction({ transactionId: bulk.$id, commit: true });
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'melons' })).count, 2);
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'grapes' })).name, 'Grapes');

  await db.createRow({ databaseId: 'shop', tableId: 'stock', rowId: 'figs', data: { name: 'Figs', count: 1 } });
  const first = await db.createTransaction();
  const second = await db.createTransaction();
  await db.updateRow({ databaseId: 'shop', tableId: 'stock', rowId: 'figs', data: { count: 10 }, transactionId: first.$id });
  await db.updateRow({ databaseId: 'shop', tableId: 'stock', rowId: 'figs', data: { count: 20 }, transactionId: second.$id });
  await emulator.advanceClock(1);
  await db.updateTransaction({ transactionId: first.$id, commit: true });
  const conflict = await rejection(() => db.updateTransaction({ transactionId: second.$id, commit: true }));
  assert.equal(conflict.code, 409);
  assert.equal(conflict.type, 'transaction_conflict');
  assert.equal((await db.getTransaction({ transactionId: second.$id })).status, 'failed');
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'figs' })).count, 10);

  const expiring = await db.createTransaction({ ttl: 60 });
  await emulator.advanceClock(61);
  assert.equal((await rejection(() => db.updateTransaction({ transactionId: expiring.$id, commit: true }))).type, 'transaction_expired');
  await db.deleteTransaction({ transactionId: expiring.$id });
  assert.equal((await rejection(() => db.getTransaction({ transactionId: expiring.$id }))).type, 'transaction_not_found');
});

test('increments, decrements and upserts', async () => {
  await db.createRow({ databaseId: 'shop', tableId: 'stock', rowId: 'kiwis', data: { name: 'Kiwis', count: 0 } });
  const results = await Promise.allSettled(Array.from({ length: 20 }, () =>
    db.incrementRowColumn({ databaseId: 'shop', tableId: 'stock', rowId: 'kiwis', column: 'count', value: 1, max: 12 })));
  assert.equal(results.filter((result) => result.status === 'fulfilled').length, 12);
  assert.ok(results.filter((result) => result.status === 'rejected').every((result) => result.reason.type === 'column_limit_exceeded'));
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'kiwis' })).count, 12);
  const decremented = await db.decrementRowColumn({ databaseId: 'shop', tableId: 'stock', rowId: 'kiwis', column: 'count', value: 5 });
  assert.equal(decremented.count, 7);
  const below = await rejection(() => db.decrementRowColumn({ databaseId: 'shop', tableId: 'stock', rowId: 'kiwis', column: 'count', value: 8, min: 0 }));
  assert.equal(below.type, 'column_limit_exceeded');
  assert.equal((await rejection(() => db.incrementRowColumn({ databaseId: 'shop', tableId: 'stock', rowId: 'kiwis', column: 'name' }))).type, 'column_type_invalid');
  const upserted = await db.upsertRows({ databaseId: 'shop', tableId: 'stock', rows: [{ $id: 'kiwis', name: 'Gold kiwis' }, { $id: 'limes', name: 'Limes' }] });
  assert.equal(upserted.total, 2);
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'stock', rowId: 'kiwis' })).name, 'Gold kiwis');
});

test('column updates, spatial and relationship columns', async () => {
  await db.createTable({ databaseId: 'shop', tableId: 'places', name: 'Places' });
  await db.createStringColumn({ databaseId: 'shop', tableId: 'places', key: 'name', size: 20, required: false });
  await db.createRow({ databaseId: 'shop', tableId: 'places', rowId: 'paris', data: { name: 'Paris' } });
  const renamed = await db.updateStringColumn({ databaseId: 'shop', tableId: 'places', key: 'name', required: false, xdefault: null, size: 40, newKey: 'title' });
  assert.equal(renamed.key, 'title');
  assert.equal(renamed.size, 40);
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'places', rowId: 'paris' })).title, 'Paris');
  const mismatch = await rejection(() => db.updateBooleanColumn({ databaseId: 'shop', tableId: 'places', key: 'title', required: false, xdefault: null }));
  assert.equal(mismatch.type, 'column_type_invalid');
  const point = await db.createPointColumn({ databaseId: 'shop', tableId: 'places', key: 'location', required: false });
  assert.equal(point.type, 'point');
  const located = await db.updateRow({ databaseId: 'shop', tableId: 'places', rowId: 'paris', data: { location: [2.35, 48.85] } });
  assert.deepEqual(located.location, [2.35, 48.85]);
  const index = await db.createIndex({ databaseId: 'shop', tableId: 'places', key: 'near', type: 'spatial', columns: ['location'] });
  assert.equal(index.type, 'spatial');

  await db.createTable({ databaseId: 'shop', tableId: 'shelves', name: 'Shelves' });
  await db.createStringColumn({ databaseId: 'shop', tableId: 'shelves', key: 'label', size: 20, required: false });
  const relation = await db.createRelationshipColumn({ databaseId: 'shop', tableId: 'shelves', relatedTableId: 'places',
    type: 'manyToOne', twoWay: true, key: 'place', twoWayKey: 'shelves', onDelete: 'setNull' });
  assert.equal(relation.relationType, 'manyToOne');
  assert.equal(relation.side, 'parent');
  await db.createRow({ databaseId: 'shop', tableId: 'shelves', rowId: 's1', data: { label: 'A', place: 'paris' } });
  await db.createRow({ databaseId: 'shop', tableId: 'shelves', rowId: 's2', data: { label: 'B', place: 'paris' } });
  assert.equal((await db.getRow({ databaseId: 'shop', tableId: 'shelves', rowId: 's1' })).place, undefined);
  const withPlace = await db.getRow({ databaseId: 'shop', tableId: 'shelves', rowId: 's1', queries: [Query.select(['*', 'place.*'])] });
  assert.equal(withPlace.place.$id, 'paris');
  const withShelves = await db.getRow({ databaseId: 'shop', tableId: 'places', rowId: 'paris', queries: [Query.select(['*', 'shelves.*'])] });
  assert.deepEqual(withShelves.shelves.map((shelf) => shelf.$id), ['s1', 's2']);
  await db.deleteRow({ databaseId: 'shop', tableId: 'places', rowId: 'paris' });
  const orphan = await db.getRow({ databaseId: 'shop', tableId: 'shelves', rowId: 's2', queries: [Query.select(['*', 'place.*'])] });
  assert.equal(orphan.place, null);
  const updated = await db.updateRelationshipColumn({ databaseId: 'shop', tableId: 'shelves', key: 'place', onDelete: 'cascade' });
  assert.equal(updated.onDelete, 'cascade');
});
