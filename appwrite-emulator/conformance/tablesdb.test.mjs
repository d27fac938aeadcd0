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

async function itemsTable(tableId) {
  const db = new TablesDB(emulator.admin());
  await db.createTable({ databaseId: 'main', tableId, name: tableId });
  await db.createStringColumn({ databaseId: 'main', tableId, key: 'name', size: 50, required: false });
  await db.createIntegerColumn({ databaseId: 'main', tableId, key: 'n', required: false });
  await db.createBooleanColumn({ databaseId: 'main', tableId, key: 'flag', required: false });
  await db.createDatetimeColumn({ databaseId: 'main', tableId, key: 'at', required: false });
  await db.createStringColumn({ databaseId: 'main', tableId, key: 'tags', size: 10, required: false, array: true });
  await db.createRows({ databaseId: 'main', tableId, rows: [
    { $id: 'r1', name: 'alpha', n: 1, at: '2025-01-01T10:00:00Z', tags: ['a'] },
    { $id: 'r2' },
    { $id: 'r3', name: 'beta', n: 3, at: '2025-01-02T00:00:00Z', tags: ['b'] },
    { $id: 'r4', name: 'gamma', n: 2, at: '2025-01-01T23:00:00-02:00', tags: [] },
  ] });
  return async (queries) => (await db.listRows({ databaseId: 'main', tableId, queries })).rows.map((row) => row.$id);
}

test('negative filters never match null', async () => {
  const ids = await itemsTable('negatives');
  assert.deepEqual(await ids([Query.notEqual('name', 'alpha')]), ['r3', 'r4']);
  assert.deepEqual(await ids([Query.notBetween('n', 0, 1)]), ['r3', 'r4']);
  assert.deepEqual(await ids([Query.notStartsWith('name', 'a')]), ['r3', 'r4']);
  assert.deepEqual(await ids([Query.notContains('tags', 'a')]), ['r3', 'r4']);
});

test('datetimes in queries compare as instants', async () => {
  const ids = await itemsTable('instants');
  assert.deepEqual(await ids([Query.equal('at', '2025-01-01T12:00:00+02:00')]), ['r1']);
  assert.deepEqual(await ids([Query.lessThan('at', '2025-01-01T10:00:00.000Z')]), []);
  assert.deepEqual(await ids([Query.greaterThan('at', '2025-01-02T00:30:00+00:00')]), ['r4']);
});

test('query values must fit the column', async () => {
  const ids = await itemsTable('typed');
  for (const query of [Query.equal('n', '1'), Query.equal('name', 1), Query.equal('flag', 'true'),
    Query.equal('at', 'yesterday'), Query.notEqual('name', ['a', 'b']), Query.lessThan('n', [1, 2]),
    Query.equal('tags', ['a']), Query.contains('n', [1]), Query.limit(0)]) {
    const error = await rejection(() => ids([query]));
    assert.equal(error.code, 400, query);
    assert.equal(error.type, 'general_query_invalid', query);
  }
  assert.deepEqual(await ids([Query.contains('tags', 'b')]), ['r3']);
});

test('cursors continue from the row\'s place even when filters exclude it', async () => {
  const ids = await itemsTable('cursors');
  assert.deepEqual(await ids([Query.notEqual('name', 'gamma'), Query.orderAsc('n'), Query.cursorAfter('r4')]), ['r3']);
  assert.deepEqual(await ids([Query.notEqual('name', 'gamma'), Query.orderAsc('n'), Query.cursorBefore('r4')]), ['r1']);
  const nullOrder = await rejection(() => ids([Query.orderAsc('n'), Query.cursorAfter('r2')]));
  assert.equal(nullOrder.type, 'database_query_order_null');
  assert.equal(nullOrder.code, 400);
});

test('search matches whole words and word prefixes', async () => {
  const ids = await itemsTable('searched');
  const db = new TablesDB(emulator.admin());
  await db.createIndex({ databaseId: 'main', tableId: 'searched', key: 'ft', type: 'fulltext', columns: ['name'] });
  await db.createRows({ databaseId: 'main', tableId: 'searched', rows: [
    { $id: 's1', name: 'banana split' }, { $id: 's2', name: 'Bandana' }, { $id: 's3', name: 'cabana' }] });
  assert.deepEqual(await ids([Query.search('name', 'ban')]), ['s1', 's2']);
  assert.deepEqual(await ids([Query.search('name', 'ana')]), []);
  assert.deepEqual(await ids([Query.search('name', '"banana split"')]), ['s1']);
});

test('row data and column definitions are checked and stored as Appwrite does', async () => {
  const db = new TablesDB(emulator.admin());
  const where = { databaseId: 'main', tableId: 'data' };
  await db.createTable({ ...where, name: 'Data' });
  await db.createIntegerColumn({ ...where, key: 'count', required: false, xdefault: 5 });
  await db.createStringColumn({ ...where, key: 'label', size: 3, required: false });
  await db.createDatetimeColumn({ ...where, key: 'at', required: false });
  const row = await db.createRow({ ...where, rowId: 'a', data: { count: null } });
  assert.equal(row.count, 5);
  await db.updateRow({ ...where, rowId: 'a', data: { count: 7 } });
  assert.equal((await db.updateRow({ ...where, rowId: 'a', data: { count: null } })).count, 5);
  const at = async (value) => (await db.createRow({ ...where, rowId: ID.unique(), data: { at: value } })).at;
  assert.equal(await at('2025-01-01T12:00:00+02:00'), '2025-01-01T10:00:00.000+00:00');
  assert.equal(await at('2025-01-01T12:00:00'), '2025-01-01T12:00:00.000+00:00');
  assert.equal(await at('2025-01-01'), '2025-01-01T00:00:00.000+00:00');
  assert.equal((await db.createRow({ ...where, rowId: ID.unique(), data: { label: '😀😀😀' } })).label, '😀😀😀');
  const tooLong = await rejection(() => db.createRow({ ...where, rowId: ID.unique(), data: { label: '😀😀😀😀' } }));
  assert.equal(tooLong.type, 'row_invalid_structure');
  const range = await rejection(() => db.createIntegerColumn({ ...where, key: 'n', required: false, min: 10, max: 1 }));
  assert.equal(range.type, 'column_value_invalid');
  assert.equal(range.code, 400);
  const longDefault = await rejection(() => db.createStringColumn({ ...where, key: 's', size: 3, required: false, xdefault: 'toolong' }));
  assert.equal(longDefault.type, 'column_value_invalid');
  const empty = await rejection(() => db.updateRow({ ...where, rowId: 'a' }));
  assert.equal(empty.type, 'row_missing_payload');
  assert.equal(empty.code, 400);
});

test('email, URL and IP columns validate as PHP\'s filter_var', async () => {
  const db = new TablesDB(emulator.admin());
  const where = { databaseId: 'main', tableId: 'formats' };
  await db.createTable({ ...where, name: 'Formats' });
  await db.createEmailColumn({ ...where, key: 'mail', required: false });
  await db.createUrlColumn({ ...where, key: 'link', required: false });
  await db.createIpColumn({ ...where, key: 'addr', required: false });
  const row = await db.createRow({ ...where, rowId: ID.unique(), data: { link: 'ftp://files.example.com/a.txt', addr: '::ffff:192.0.2.1' } });
  assert.equal(row.addr, '::ffff:192.0.2.1');
  for (const data of [{ mail: 'john..doe@example.com' }, { mail: '.leading@example.com' }]) {
    const refused = await rejection(() => db.createRow({ ...where, rowId: ID.unique(), data }));
    assert.equal(refused.type, 'row_invalid_structure');
  }
});
