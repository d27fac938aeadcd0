import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Users, Account, Query, ID } from 'node-appwrite';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

test('create, list with queries and search, labels, status', async () => {
  const users = new Users(emulator.admin());
  for (let i = 0; i < 6; i++) {
    await users.create({ userId: `u${i}`, email: `user${i}@example.com`, password: 'a-long-password', name: `User ${i}` });
  }
  await users.updateLabels({ userId: 'u1', labels: ['admin'] });
  await users.updateLabels({ userId: 'u4', labels: ['admin'] });
  const admins = await users.list({ queries: [Query.equal('labels', ['admin'])] });
  assert.equal(admins.total, 2);
  assert.deepEqual(admins.users.map((user) => user.$id), ['u1', 'u4']);
  const page = await users.list({ queries: [Query.orderDesc('name'), Query.limit(2)] });
  assert.deepEqual(page.users.map((user) => user.$id), ['u5', 'u4']);
  const next = await users.list({ queries: [Query.orderDesc('name'), Query.limit(2), Query.cursorAfter('u4')] });
  assert.deepEqual(next.users.map((user) => user.$id), ['u3', 'u2']);
  const searched = await users.list({ search: 'user3' });
  assert.deepEqual(searched.users.map((user) => user.$id), ['u3']);
  assert.equal((await users.list({ search: 'ser3' })).total, 0);
  assert.equal((await users.list({ search: 'exam' })).total, 6);
  const bad = await rejection(() => users.list({ queries: [Query.equal('password', ['x'])] }));
  assert.equal(bad.type, 'general_query_invalid');

  await users.updateStatus({ userId: 'u2', status: false });
  const blocked = await rejection(() => new Account(emulator.admin()).createEmailPasswordSession({ email: 'user2@example.com', password: 'a-long-password' }));
  assert.equal(blocked.type, 'user_blocked');
});

test('server-side sessions and tokens', async () => {
  const users = new Users(emulator.admin());
  const user = await users.create({ userId: ID.unique(), email: 'tok@example.com' });
  const session = await users.createSession({ userId: user.$id });
  assert.ok(session.secret.length > 0);
  assert.equal(session.provider, 'server');
  const token = await users.createToken({ userId: user.$id, length: 8, expire: 600 });
  assert.equal(token.secret.length, 8);
  const exchanged = await new Account(emulator.admin()).createSession({ userId: user.$id, secret: token.secret });
  assert.equal(exchanged.userId, user.$id);
  assert.equal((await users.listSessions({ userId: user.$id })).total, 2);
  await users.deleteSessions({ userId: user.$id });
  assert.equal((await users.listSessions({ userId: user.$id })).total, 0);
  const missing = await rejection(() => users.get({ userId: 'nobody' }));
  assert.equal(missing.type, 'user_not_found');
  assert.equal(missing.code, 404);
});

test('users need the key', async () => {
  const error = await rejection(() => new Users(emulator.guest()).list());
  assert.equal(error.code, 401);
  assert.equal(error.type, 'general_unauthorized_scope');
});

test('targets follow the email and phone', async () => {
  const users = new Users(emulator.admin());
  const user = await users.create({ userId: 'cy', email: 'cy@example.com', phone: '+15550001111' });
  assert.deepEqual(user.targets.map((target) => `${target.providerType}:${target.identifier}`), ['email:cy@example.com', 'sms:+15550001111']);
  const cleared = await users.updateEmail({ userId: 'cy', email: '' });
  assert.equal(cleared.email, '');
  assert.deepEqual(cleared.targets.map((target) => target.providerType), ['sms']);
  await users.create({ userId: 'dee', email: 'dee@example.com' });
  const taken = await rejection(() => users.updateEmail({ userId: 'cy', email: 'dee@example.com' }));
  assert.equal(taken.code, 409);
  assert.equal(taken.type, 'user_target_already_exists');
});

test('user emails validate as PHP\'s filter_var', async () => {
  const users = new Users(emulator.admin());
  for (const email of ['john..doe@example.com', '.leading@example.com']) {
    const refused = await rejection(() => users.create({ userId: ID.unique(), email }));
    assert.equal(refused.type, 'general_argument_invalid');
  }
});
