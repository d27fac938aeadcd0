import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Users, TablesDB, Account } from 'node-appwrite';
import { startEmulator } from './harness.mjs';

test('with --data-dir, what was acknowledged survives SIGTERM and a restart', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'appwrite-emulator-data-'));
  try {
    const first = await startEmulator(['--data-dir', dir]);
    await new Users(first.admin()).create({ userId: 'kept', email: 'kept@example.com', password: 'a-long-password' });
    const db = new TablesDB(first.admin());
    await db.create({ databaseId: 'main', name: 'Main' });
    await db.createTable({ databaseId: 'main', tableId: 'notes', name: 'Notes' });
    await db.createStringColumn({ databaseId: 'main', tableId: 'notes', key: 'title', size: 50, required: true });
    await db.createRow({ databaseId: 'main', tableId: 'notes', rowId: 'n1', data: { title: 'Still here' } });
    const { session } = await first.signUp('session@example.com');
    await first.stop();

    const second = await startEmulator(['--data-dir', dir]);
    try {
      assert.equal((await new Users(second.admin()).get({ userId: 'kept' })).email, 'kept@example.com');
      const row = await new TablesDB(second.admin()).getRow({ databaseId: 'main', tableId: 'notes', rowId: 'n1' });
      assert.equal(row.title, 'Still here');
      const me = await new Account(second.session(session.secret)).get();
      assert.equal(me.email, 'session@example.com', 'sessions survive the restart too');
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
