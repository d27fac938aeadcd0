import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TablesDB, Query, Permission, Role, ID } from 'node-appwrite';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => {
  emulator = await startEmulator();
  const db = new TablesDB(emulator.admin());
  await db.create({ databaseId: 'main', name: 'Main' });
  await db.createTable({ databaseId: 'main', tableId: 'notes', name: 'Notes', permissions: [Permission.create(Role.users())], rowSecurity: true });
  await db.createStringColumn({ databaseId: 'main', tableId: 'notes', key: 'title', size: 100, required: true });
  await db.createIntegerColumn({ databaseId: 'main', tableId: 'notes', key: 'words', required: false, min: 0, max: 100000, xdefault: 0 });
  await db.createIndex({ databaseId: 'main', tableId: 'notes', key: 'by_title', type: 'unique', columns: ['title'] });
});
after(async () => { await emulator.stop(); });

test('rows belong to their creator unless shared', async () => {
  const alice = await emulator.signUp('alice@example.com');
  const bob = await emulator.signUp('bob@example.com');
  const row = await new TablesDB(alice.client).createRow({ databaseId: 'main', tableId: 'notes', rowId: ID.unique(), data: { title: 'Hello' } });
  assert.equal(row.title, 'Hello');
  assert.equal(row.words, 0);
  assert.equal(typeof row.$sequence, 'number');
  assert.ok(row.$permissions.includes(Permission.read(Role.user(alice.user.$id))));
  const hidden = await rejection(() => new TablesDB(bob.client).getRow({ databaseId: 'main', tableId: 'notes', rowId: row.$id }));
  assert.equal(hidden.type, 'row_not_found');
  assert.equal((await new TablesDB(bob.client).listRows({ databaseId: 'main', tableId: 'notes' })).total, 0);
  const grant = await rejection(() => new TablesDB(alice.client).updateRow({ databaseId: 'main', tableId: 'notes', rowId: row.$id,
    permissions: [Permission.read(Role.user(bob.user.$id))] }));
  assert.equal(grant.type, 'user_unauthorized');
  const denied = await rejection(() => new TablesDB(bob.client).deleteRow({ databaseId: 'main', tableId: 'notes', rowId: row.$id }));
  assert.equal(denied.type, 'user_unauthorized');
});

test('queries, bulk calls and validation', async () => {
  const db = new TablesDB(emulator.admin());
  const created = await db.createRows({ databaseId: 'main', tableId: 'notes',
    rows: [{ $id: 'q1', title: 'One', words: 1 }, { $id: 'q2', title: 'Two', words: 20 }, { $id: 'q3', title: 'Three', words: 300 }] });
  assert.equal(created.total, 3);
  const big = await db.listRows({ databaseId: 'main', tableId: 'notes', queries: [Query.greaterThan('words', 10), Query.orderDesc('words')] });
  assert.deepEqual(big.rows.map((row) => row.title), ['Three', 'Two']);
  const selected = await db.getRow({ databaseId: 'main', tableId: 'notes', rowId: 'q1', queries: [Query.select(['title'])] });
  assert.equal(selected.title, 'One');
  assert.equal(selected.words, undefined);
  const duplicate = await rejection(() => db.createRow({ databaseId: 'main', tableId: 'notes', rowId: ID.unique(), data: { title: 'One' } }));
  assert.equal(duplicate.code, 409);
  assert.equal(duplicate.type, 'row_already_exists');
  const invalid = await rejection(() => db.createRow({ databaseId: 'main', tableId: 'notes', rowId: ID.unique(), data: { title: 'X', words: 'many' } }));
  assert.equal(invalid.type, 'row_invalid_structure');
  const upserted = await db.upsertRow({ databaseId: 'main', tableId: 'notes', rowId: 'q4', data: { title: 'Four', words: 4 } });
  assert.equal(upserted.title, 'Four');
  const updated = await db.updateRows({ databaseId: 'main', tableId: 'notes', data: { words: 7 },
    queries: [Query.lessThan('words', 10), Query.startsWith('title', 'F')] });
  assert.deepEqual(updated.rows.map((row) => row.title), ['Four']);
  const deleted = await db.deleteRows({ databaseId: 'main', tableId: 'notes', queries: [Query.equal('words', [7])] });
  assert.equal(deleted.total, 1);
  const table = await db.getTable({ databaseId: 'main', tableId: 'notes' });
  assert.deepEqual(table.columns.map((column) => column.key), ['title', 'words']);
  const missing = await rejection(() => db.getTable({ databaseId: 'main', tableId: 'nope' }));
  assert.equal(missing.type, 'table_not_found');
});
