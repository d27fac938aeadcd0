import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Account, Users, ID, AppwriteException } from 'node-appwrite';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

test('sign-up, server-side sign-in with the key, the session sees its own account', async () => {
  const { user, session, client } = await emulator.signUp('ada@example.com');
  assert.match(session.secret, /^[A-Za-z0-9+/=]+$/, 'the key caller gets the session secret');
  assert.equal(session.userId, user.$id);
  assert.equal(session.provider, 'email');
  const me = await new Account(client).get();
  assert.equal(me.$id, user.$id);
  assert.equal(me.email, 'ada@example.com');
  const current = await new Account(client).getSession({ sessionId: 'current' });
  assert.equal(current.$id, session.$id);
  assert.equal(current.current, true);
  assert.equal(current.secret, '', 'a session caller never gets the secret');
  await new Account(client).updatePrefs({ prefs: { theme: 'dark' } });
  assert.deepEqual({ ...(await new Account(client).getPrefs()) }, { theme: 'dark' });
  await new Account(client).deleteSession({ sessionId: 'current' });
  const gone = await rejection(() => new Account(client).get());
  assert.ok(gone instanceof AppwriteException);
  assert.equal(gone.code, 401);
  assert.equal(gone.type, 'general_unauthorized_scope');
});

test('wrong password and unknown email are the same error', async () => {
  await new Users(emulator.admin()).create({ userId: ID.unique(), email: 'bob@example.com', password: 'right-password' });
  const wrong = await rejection(() => new Account(emulator.admin()).createEmailPasswordSession({ email: 'bob@example.com', password: 'wrong-password' }));
  const unknown = await rejection(() => new Account(emulator.admin()).createEmailPasswordSession({ email: 'nobody@example.com', password: 'wrong-password' }));
  assert.equal(wrong.type, 'user_invalid_credentials');
  assert.equal(unknown.type, 'user_invalid_credentials');
  assert.equal(wrong.code, 401);
});

test('JWTs act as the user', async () => {
  const { client, user } = await emulator.signUp('jwt@example.com');
  const { jwt } = await new Account(client).createJWT();
  const viaJwt = emulator.guest().setJWT(jwt);
  assert.equal((await new Account(viaJwt).get()).$id, user.$id);
  const bad = await rejection(() => new Account(emulator.guest().setJWT(jwt + 'x')).get());
  assert.equal(bad.type, 'user_jwt_invalid');
});

test('key and session together are refused', async () => {
  const { session } = await emulator.signUp('both@example.com');
  const both = emulator.admin().setSession(session.secret);
  const error = await rejection(() => new Account(both).get());
  assert.equal(error.code, 403);
  assert.equal(error.type, 'user_key_and_session_set');
});
