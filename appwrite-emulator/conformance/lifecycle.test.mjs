// The account lifecycle through node-appwrite's own methods: recovery, verification, magic URL,
// email and phone tokens, MFA (account and users), team invitations, account updates, and the
// emulator's mailbox and clock that let a test read what Appwrite would send and expire secrets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { Account, Users, Teams, ID, AuthenticatorType, AuthenticationFactor } from 'node-appwrite';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

const URL_OK = 'http://localhost:3000/landing';

function linkParams(message) {
  assert.equal(message.links.length, 1);
  return Object.fromEntries(new URL(message.links[0]).searchParams);
}

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/=+$/, '')) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238 (SHA1, 6 digits, 30 s) at the emulator's time. */
async function totp(secret) {
  const { body } = await emulator.emulatorApi('GET', '/_emulator/clock');
  const counter = Math.floor(Date.parse(body.now) / 1000 / 30);
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hash = createHmac('sha1', base32Decode(secret)).update(message).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  const code = (hash.readUInt32BE(offset) & 0x7fffffff) % 1000000;
  return String(code).padStart(6, '0');
}

test('the mailbox needs the key and lives outside /v1', async () => {
  assert.equal((await emulator.emulatorApi('GET', '/_emulator/messages', undefined, false)).status, 401);
  const page = await fetch(emulator.endpoint.replace(/\/v1$/, '') + '/_emulator/mailbox');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /text\/html/);
});

test('recovery: a mailed link resets the password once; an unknown email is 404; a foreign url 400', async () => {
  await new Users(emulator.admin()).create({ userId: ID.unique(), email: 'rec@example.com', password: 'old-password' });
  const guest = new Account(emulator.guest());
  const token = await guest.createRecovery({ email: 'rec@example.com', url: URL_OK });
  assert.equal(token.secret, '', 'a guest never gets the secret');
  const mail = await emulator.lastMessageTo('rec@example.com');
  assert.equal(mail.subject, 'Password Reset for conformance');
  const { userId, secret, expire } = linkParams(mail);
  assert.equal(userId, token.userId);
  assert.equal(secret.length, 256);
  assert.equal(expire, token.expire);
  await guest.updateRecovery({ userId, secret, password: 'new-password' });
  const reused = await rejection(() => guest.updateRecovery({ userId, secret, password: 'newer-password' }));
  assert.equal(reused.code, 401);
  assert.equal(reused.type, 'user_invalid_token');
  const session = await new Account(emulator.admin()).createEmailPasswordSession({ email: 'rec@example.com', password: 'new-password' });
  assert.equal(session.userId, userId);
  const unknown = await rejection(() => guest.createRecovery({ email: 'nobody@example.com', url: URL_OK }));
  assert.equal(unknown.code, 404);
  assert.equal(unknown.type, 'user_not_found');
  const foreign = await rejection(() => guest.createRecovery({ email: 'rec@example.com', url: 'https://evil.example/reset' }));
  assert.equal(foreign.code, 400);
  assert.equal(foreign.type, 'general_argument_invalid');
});

test('an expired recovery secret is refused', async () => {
  await new Users(emulator.admin()).create({ userId: ID.unique(), email: 'late@example.com', password: 'old-password' });
  const guest = new Account(emulator.guest());
  await guest.createRecovery({ email: 'late@example.com', url: URL_OK });
  const { userId, secret } = linkParams(await emulator.lastMessageTo('late@example.com'));
  await emulator.advanceClock(3601);
  const expired = await rejection(() => guest.updateRecovery({ userId, secret, password: 'new-password' }));
  assert.equal(expired.code, 401);
  assert.equal(expired.type, 'user_invalid_token');
});

test('a recovery secret sent many times at once works once', async () => {
  await new Users(emulator.admin()).create({ userId: ID.unique(), email: 'race@example.com', password: 'old-password' });
  await new Account(emulator.guest()).createRecovery({ email: 'race@example.com', url: URL_OK });
  const { userId, secret } = linkParams(await emulator.lastMessageTo('race@example.com'));
  const attempts = await Promise.allSettled(Array.from({ length: 6 },
    () => new Account(emulator.guest()).updateRecovery({ userId, secret, password: 'new-password' })));
  assert.equal(attempts.filter((a) => a.status === 'fulfilled').length, 1);
  for (const failed of attempts.filter((a) => a.status === 'rejected')) {
    assert.equal(failed.reason.type, 'user_invalid_token');
  }
});

test('email verification: a session asks, the link verifies once, the key is refused', async () => {
  const { client, user } = await emulator.signUp('verify@example.com');
  const token = await new Account(client).createEmailVerification({ url: URL_OK });
  assert.equal(token.userId, user.$id);
  const { userId, secret } = linkParams(await emulator.lastMessageTo('verify@example.com'));
  const withKey = await rejection(() => new Account(emulator.admin()).updateEmailVerification({ userId, secret }));
  assert.equal(withKey.code, 401);
  await new Account(emulator.guest()).updateEmailVerification({ userId, secret });
  assert.equal((await new Account(client).get()).emailVerification, true);
  const again = await rejection(() => new Account(emulator.guest()).updateEmailVerification({ userId, secret }));
  assert.equal(again.type, 'user_invalid_token');
  const verified = await rejection(() => new Account(client).createEmailVerification({ url: URL_OK }));
  assert.equal(verified.code, 409);
  assert.equal(verified.type, 'user_email_already_verified');
});

test('phone verification: the SMS code verifies the phone', async () => {
  const { client, user } = await emulator.signUp('phone-verify@example.com');
  await new Account(client).updatePhone({ phone: '+14155550111', password: 'conformance-password' });
  await new Account(client).createPhoneVerification();
  const sms = await emulator.lastMessageTo('+14155550111');
  assert.equal(sms.channel, 'sms');
  assert.match(sms.code, /^\d{6}$/);
  await new Account(emulator.guest()).updatePhoneVerification({ userId: user.$id, secret: sms.code });
  assert.equal((await new Users(emulator.admin()).get({ userId: user.$id })).phoneVerification, true);
});

test('magic URL, email OTP and phone tokens become sessions once, with Appwrite\'s factors', async () => {
  const account = new Account(emulator.admin());
  const magic = await account.createMagicURLToken({ userId: ID.unique(), email: 'magic@example.com', url: URL_OK });
  const link = linkParams(await emulator.lastMessageTo('magic@example.com'));
  assert.equal(link.userId, magic.userId);
  assert.equal(link.project, 'conformance');
  const session = await account.createSession({ userId: link.userId, secret: link.secret });
  assert.equal(session.provider, 'magic-url');
  assert.deepEqual([...session.factors], ['email']);
  const reused = await rejection(() => account.createSession({ userId: link.userId, secret: link.secret }));
  assert.equal(reused.type, 'user_invalid_token');

  const otp = await account.createEmailToken({ userId: ID.unique(), email: 'magic@example.com' });
  assert.equal(otp.userId, magic.userId, 'a known email keeps its user');
  const mail = await emulator.lastMessageTo('magic@example.com');
  assert.equal(mail.subject, 'OTP for conformance Login');
  const otpSession = await account.createSession({ userId: otp.userId, secret: mail.code });
  assert.deepEqual([...otpSession.factors], ['email']);

  const phone = await account.createPhoneToken({ userId: ID.unique(), phone: '+14155550122' });
  const sms = await emulator.lastMessageTo('+14155550122');
  const phoneSession = await account.createSession({ userId: phone.userId, secret: sms.code });
  assert.equal(phoneSession.provider, 'phone');
  assert.deepEqual([...phoneSession.factors], ['phone']);
});

test('an expired email OTP is refused', async () => {
  const account = new Account(emulator.admin());
  const otp = await account.createEmailToken({ userId: ID.unique(), email: 'slow@example.com' });
  const { code } = await emulator.lastMessageTo('slow@example.com');
  await emulator.advanceClock(15 * 60 + 1);
  const expired = await rejection(() => account.createSession({ userId: otp.userId, secret: code }));
  assert.equal(expired.code, 401);
  assert.equal(expired.type, 'user_invalid_token');
});

test('MFA: a password session is limited (401) until the TOTP challenge; recovery codes work once', async () => {
  const { client } = await emulator.signUp('mfa@example.com');
  const me = new Account(client);
  const { secret, uri } = await me.createMFAAuthenticator({ type: AuthenticatorType.Totp });
  assert.match(uri, /^otpauth:\/\/totp\/conformance%3Amfa%40example\.com\?issuer=conformance&secret=/);
  const wrong = await rejection(() => me.updateMFAAuthenticator({ type: AuthenticatorType.Totp, otp: 'abcdef' }));
  assert.equal(wrong.type, 'user_invalid_token');
  await me.updateMFAAuthenticator({ type: AuthenticatorType.Totp, otp: await totp(secret) });
  assert.equal((await me.updateMFA({ mfa: true })).mfa, true);
  const { recoveryCodes } = await me.createMFARecoveryCodes();
  assert.equal(recoveryCodes.length, 6);

  const login = await new Account(emulator.admin()).createEmailPasswordSession({ email: 'mfa@example.com', password: 'conformance-password' });
  assert.deepEqual([...login.factors], ['password']);
  const limited = new Account(emulator.session(login.secret));
  const refused = await rejection(() => limited.get());
  assert.equal(refused.code, 401);
  assert.equal(refused.type, 'user_more_factors_required');
  const factors = await limited.listMFAFactors();
  assert.deepEqual({ ...factors }, { totp: true, phone: false, email: false, recoveryCode: true });
  const challenge = await limited.createMFAChallenge({ factor: AuthenticationFactor.Totp });
  const done = await limited.updateMFAChallenge({ challengeId: challenge.$id, otp: await totp(secret) });
  assert.deepEqual([...done.factors], ['password', 'totp']);
  assert.equal((await limited.get()).email, 'mfa@example.com');
  assert.equal((await limited.getMFARecoveryCodes()).recoveryCodes.length, 6);

  const second = await new Account(emulator.admin()).createEmailPasswordSession({ email: 'mfa@example.com', password: 'conformance-password' });
  const other = new Account(emulator.session(second.secret));
  const byCode = await other.createMFAChallenge({ factor: AuthenticationFactor.Recoverycode });
  await other.updateMFAChallenge({ challengeId: byCode.$id, otp: recoveryCodes[0] });
  const third = await new Account(emulator.admin()).createEmailPasswordSession({ email: 'mfa@example.com', password: 'conformance-password' });
  const again = new Account(emulator.session(third.secret));
  const reuse = await again.createMFAChallenge({ factor: AuthenticationFactor.Recoverycode });
  const used = await rejection(() => again.updateMFAChallenge({ challengeId: reuse.$id, otp: recoveryCodes[0] }));
  assert.equal(used.type, 'user_invalid_token');
  await again.deleteSession({ sessionId: 'current' });
});

test('Users API administers MFA', async () => {
  const users = new Users(emulator.admin());
  const user = await users.create({ userId: ID.unique(), email: 'admin-mfa@example.com', password: 'conformance-password' });
  assert.equal((await users.updateMFA({ userId: user.$id, mfa: true })).mfa, true);
  assert.deepEqual({ ...(await users.listMFAFactors({ userId: user.$id })) }, { totp: false, phone: false, email: false, recoveryCode: false });
  const missing = await rejection(() => users.getMFARecoveryCodes({ userId: user.$id }));
  assert.equal(missing.type, 'user_recovery_codes_not_found');
  const created = await users.createMFARecoveryCodes({ userId: user.$id });
  const regenerated = await users.updateMFARecoveryCodes({ userId: user.$id });
  assert.notDeepEqual([...created.recoveryCodes], [...regenerated.recoveryCodes]);
  assert.deepEqual([...(await users.getMFARecoveryCodes({ userId: user.$id })).recoveryCodes], [...regenerated.recoveryCodes]);
  const none = await rejection(() => users.deleteMFAAuthenticator({ userId: user.$id, type: AuthenticatorType.Totp }));
  assert.equal(none.type, 'user_authenticator_not_found');
});

test('team invitations: a mailed link confirms the membership of a new user; the key is refused', async () => {
  const { client } = await emulator.signUp('owner@example.com');
  const teams = new Teams(client);
  const team = await teams.create({ teamId: ID.unique(), name: 'Crew' });
  const membership = await teams.createMembership({ teamId: team.$id, roles: ['editor'], email: 'invitee@example.com', url: URL_OK });
  assert.equal(membership.confirm, false);
  const mail = await emulator.lastMessageTo('invitee@example.com');
  assert.equal(mail.subject, 'Invitation to Crew Team at conformance');
  const link = linkParams(mail);
  assert.deepEqual(Object.keys(link).sort(), ['membershipId', 'secret', 'teamId', 'teamName', 'userId']);
  const withKey = await rejection(() => new Teams(emulator.admin()).updateMembershipStatus({ teamId: link.teamId, membershipId: link.membershipId, userId: link.userId, secret: link.secret }));
  assert.equal(withKey.code, 401);
  const wrong = await rejection(() => new Teams(emulator.guest()).updateMembershipStatus({ teamId: link.teamId, membershipId: link.membershipId, userId: link.userId, secret: 'f'.repeat(256) }));
  assert.equal(wrong.type, 'team_invalid_secret');
  const accepted = await new Teams(emulator.guest()).updateMembershipStatus({ teamId: link.teamId, membershipId: link.membershipId, userId: link.userId, secret: link.secret });
  assert.equal(accepted.confirm, true);
  assert.equal((await new Users(emulator.admin()).get({ userId: link.userId })).emailVerification, true);
  const twice = await rejection(() => new Teams(emulator.guest()).updateMembershipStatus({ teamId: link.teamId, membershipId: link.membershipId, userId: link.userId, secret: link.secret }));
  assert.equal(twice.code, 409);
  assert.equal(twice.type, 'membership_already_confirmed');
});

test('account updates, logs and identities', async () => {
  const { client } = await emulator.signUp('updates@example.com');
  const me = new Account(client);
  const badOld = await rejection(() => me.updatePassword({ password: 'brand-new-password', oldPassword: 'wrong-password' }));
  assert.equal(badOld.type, 'user_invalid_credentials');
  await me.updatePassword({ password: 'brand-new-password', oldPassword: 'conformance-password' });
  assert.equal((await me.updateName({ name: 'Up Dates' })).name, 'Up Dates');
  assert.equal((await me.updatePhone({ phone: '+14155550133', password: 'brand-new-password' })).phone, '+14155550133');
  const logs = await me.listLogs();
  assert.ok(logs.total >= 1);
  assert.equal(logs.logs[0].userId, (await me.get()).$id);
  const identities = await me.listIdentities();
  assert.equal(identities.total, 0);
  const missing = await rejection(() => me.deleteIdentity({ identityId: 'none' }));
  assert.equal(missing.type, 'user_identity_not_found');
  const refreshed = await me.updateSession({ sessionId: 'current' });
  assert.equal(refreshed.current, true);
  await me.updateStatus();
  const blocked = await rejection(() => new Users(emulator.admin()).list().then(() => me.get()));
  assert.equal(blocked.code, 401);
});
