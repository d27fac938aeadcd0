import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Account, OAuthProvider } from 'node-appwrite';
import { startEmulator } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

/** Plays the person on the emulator's consent page: fills the form and submits the chosen button. */
async function consent(providerUrl, decision, email) {
  const page = await fetch(providerUrl);
  assert.equal(page.status, 200);
  const html = await page.text();
  const action = /<form[^>]*action="([^"]+)"/i.exec(html)?.[1]?.replaceAll('&amp;', '&');
  assert.ok(action, 'the consent page has a form');
  const fields = new URLSearchParams();
  for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*>/gi)) {
    const name = /name="([^"]+)"/.exec(match[0])?.[1];
    const value = /value="([^"]*)"/.exec(match[0])?.[1] ?? '';
    if (name) fields.set(name, value.replaceAll('&amp;', '&'));
  }
  fields.set('email', email);
  fields.set('name', 'OAuth Person');
  const button = new RegExp(`<button[^>]*name="([^"]+)"[^>]*value="(${decision}[^"]*)"`, 'i').exec(html)
    ?? new RegExp(`<button[^>]*value="(${decision}[^"]*)"[^>]*name="([^"]+)"`, 'i').exec(html);
  if (button) {
    const [name, value] = button[0].includes(`name="${button[1]}"`) ? [button[1], button[2]] : [button[2], button[1]];
    fields.set(name, value);
  } else {
    fields.set('decision', decision);
  }
  const target = new URL(action, providerUrl);
  const answer = await fetch(target, { method: 'POST', body: fields, redirect: 'manual' });
  assert.ok([301, 302, 303].includes(answer.status), `consent answered ${answer.status}`);
  return new URL(answer.headers.get('location'));
}

test('approve: the token in the success URL becomes a session', async () => {
  const account = new Account(emulator.admin());
  const providerUrl = await account.createOAuth2Token({
    provider: OAuthProvider.Github,
    success: 'http://localhost:3000/auth/callback?state=xyz',
    failure: 'http://localhost:3000/login?error=1',
  });
  const back = await consent(providerUrl, 'approve', 'octo@example.com');
  assert.equal(back.origin + back.pathname, 'http://localhost:3000/auth/callback');
  assert.equal(back.searchParams.get('state'), 'xyz', 'the success URL keeps its own query');
  const userId = back.searchParams.get('userId');
  const secret = back.searchParams.get('secret');
  assert.ok(userId && secret);
  const session = await account.createSession({ userId, secret });
  assert.equal(session.userId, userId);
  const me = await new Account(emulator.session(session.secret)).get();
  assert.equal(me.email, 'octo@example.com');
  const reused = await account.createSession({ userId, secret }).catch((error) => error);
  assert.equal(reused.type, 'user_invalid_token', 'a token is single use');
});

test('deny: back to the failure URL with an error', async () => {
  const providerUrl = await new Account(emulator.admin()).createOAuth2Token({
    provider: OAuthProvider.Google,
    success: 'http://localhost:3000/ok',
    failure: 'http://localhost:3000/login',
  });
  const back = await consent(providerUrl, 'deny', 'no@example.com');
  assert.equal(back.origin + back.pathname, 'http://localhost:3000/login');
  const error = JSON.parse(back.searchParams.get('error'));
  assert.ok(error.type && error.message);
});

test('redirect targets off localhost are refused', async () => {
  const error = await new Account(emulator.admin()).createOAuth2Token({
    provider: OAuthProvider.Github, success: 'https://evil.example/steal', failure: 'http://localhost/f',
  }).catch((e) => e);
  // the SDK reads the 400 as "not a redirect": it reports the status, not Appwrite's type
  assert.equal(error.code, 400);
});
