import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { Account, Users, PasswordHash } from 'node-appwrite';
import { startEmulator, rejection } from './harness.mjs';

// The hashes are made here with Node's own crypto (Argon2, bcrypt and phpass: fixed known answers
// from argon2-cffi, glibc's crypt and passlib),
// so the emulator's verification is checked against an independent implementation.
let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

async function signsIn(email, password) {
  const session = await new Account(emulator.admin()).createEmailPasswordSession({ email, password });
  assert.equal(typeof session.secret, 'string');
  const wrong = await rejection(() => new Account(emulator.admin()).createEmailPasswordSession({ email, password: `${password}!` }));
  assert.equal(wrong.type, 'user_invalid_credentials');
}

test('MD5 and every SHA version', async () => {
  const users = new Users(emulator.admin());
  const md5 = createHash('md5').update('md5-password').digest('hex');
  const user = await users.createMD5User({ userId: 'md5', email: 'md5@example.com', password: md5, name: 'Md' });
  assert.equal(user.email, 'md5@example.com');
  assert.notEqual(user.passwordUpdate, '');
  await signsIn('md5@example.com', 'md5-password');
  const versions = { sha1: 'sha1', sha224: 'sha224', sha256: 'sha256', sha384: 'sha384', 'sha512/224': 'sha512-224',
    'sha512/256': 'sha512-256', sha512: 'sha512', 'sha3-224': 'sha3-224', 'sha3-256': 'sha3-256', 'sha3-384': 'sha3-384',
    'sha3-512': 'sha3-512' };
  let n = 0;
  for (const [version, nodeName] of Object.entries(versions)) {
    const email = `sha${n++}@example.com`;
    const password = `sha-password-${version}`;
    await users.createSHAUser({ userId: `sha${n}`, email, password: createHash(nodeName).update(password).digest('hex'),
      passwordVersion: version });
    await signsIn(email, password);
  }
  assert.ok(Object.values(PasswordHash).includes('sha512/256'));
  await users.createSHAUser({ userId: 'shadefault', email: 'shadefault@example.com',
    password: createHash('sha256').update('default-sha').digest('hex') });
  await signsIn('shadefault@example.com', 'default-sha');
});

test('Argon2, bcrypt and PHPass', async () => {
  const users = new Users(emulator.admin());
  await users.createArgon2User({ userId: 'argon2', email: 'argon2@example.com',
    password: '$argon2id$v=19$m=7168,t=3,p=2$YXBwd3JpdGUtc2FsdC0xNg$q4l7+/NmXnR65MhUTdR1pW6tMU8rE3DO4EK4Jn4n/AE' });
  await signsIn('argon2@example.com', 'argon-password');
  await users.createBcryptUser({ userId: 'bcrypt', email: 'bcrypt@example.com',
    password: '$2y$04$abcdefghijklmnopqrstuujydOTSfIH/d5oUHpsygqV5X9xJLQc6e' });
  await signsIn('bcrypt@example.com', 'correct horse');
  await users.createPHPassUser({ userId: 'phpass', email: 'phpass@example.com', password: '$P$6abcdefghRJFCMvnAbZH2hCiFPRxpk.' });
  await signsIn('phpass@example.com', 'correct horse');
});

test('scrypt and Firebase scrypt', async () => {
  const users = new Users(emulator.admin());
  const hash = scryptSync('scrypt-password', 'pepper', 32, { N: 1024, r: 4, p: 2 }).toString('hex');
  await users.createScryptUser({ userId: 'scrypt', email: 'scrypt@example.com', password: hash, passwordSalt: 'pepper',
    passwordCpu: 1024, passwordMemory: 4, passwordParallel: 2, passwordLength: 32 });
  await signsIn('scrypt@example.com', 'scrypt-password');

  const salt = randomBytes(12);
  const separator = Buffer.from([0x07]);
  const signerKey = randomBytes(64);
  const derived = scryptSync('firebase-password', Buffer.concat([salt, separator]), 64,
    { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const cipher = createCipheriv('aes-256-ctr', derived.subarray(0, 32), Buffer.alloc(16));
  const firebase = Buffer.concat([cipher.update(signerKey), cipher.final()]).toString('base64');
  await users.createScryptModifiedUser({ userId: 'firebase', email: 'firebase@example.com', password: firebase,
    passwordSalt: salt.toString('base64'), passwordSaltSeparator: separator.toString('base64'),
    passwordSignerKey: signerKey.toString('base64') });
  await signsIn('firebase@example.com', 'firebase-password');
});

test('bad imports are 400, a taken email 409', async () => {
  const users = new Users(emulator.admin());
  const badCost = await rejection(() => users.createScryptUser({ userId: 'bad', email: 'bad@example.com',
    password: '0123456789abcdef', passwordSalt: 's', passwordCpu: 1000, passwordMemory: 8, passwordParallel: 1,
    passwordLength: 64 }));
  assert.equal(badCost.code, 400);
  assert.equal(badCost.type, 'general_argument_invalid');
  const taken = await rejection(() => users.createMD5User({ userId: 'again', email: 'md5@example.com',
    password: createHash('md5').update('x').digest('hex') }));
  assert.equal(taken.code, 409);
});
