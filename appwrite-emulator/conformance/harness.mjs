// Starts the emulator's standalone jar for one test file and gives the official SDK's clients for it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Client, Users, Account, ID } from 'node-appwrite';

const here = path.dirname(fileURLToPath(import.meta.url));
const JAR = process.env.APPWRITE_EMULATOR_JAR ?? path.join(here, '..', 'target', 'appwrite-emulator.jar');
const READY = /^Appwrite emulator ready: endpoint=(\S+) project=(\S+) apiKey=(\S+)$/;

/** Starts the standalone emulator; resolves once it printed its ready line. */
export async function startEmulator(extraArgs = []) {
  if (!existsSync(JAR)) {
    throw new Error(`No emulator jar at ${JAR}: build it with ./mvnw -pl appwrite-emulator package`);
  }
  const child = spawn('java', ['-jar', JAR, '--port', '0', '--project-id', 'conformance',
    '--api-key', 'standard_conformance_key', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const ready = await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`emulator not ready after 20 s: ${stderr}`)), 20000);
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      for (const line of buffered.split('\n')) {
        const match = READY.exec(line.trim());
        if (match) {
          clearTimeout(timer);
          resolve({ endpoint: match[1], project: match[2], key: match[3] });
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${stderr}`)));
  });
  return {
    ...ready,
    child,
    admin() {
      return new Client().setEndpoint(ready.endpoint).setProject(ready.project).setKey(ready.key);
    },
    guest() {
      return new Client().setEndpoint(ready.endpoint).setProject(ready.project);
    },
    session(secret) {
      return new Client().setEndpoint(ready.endpoint).setProject(ready.project).setSession(secret);
    },
    /** Creates a user and signs them in the server-side way (API key); answers a session client and the user. */
    async signUp(email, password = 'conformance-password') {
      const user = await new Users(this.admin()).create({ userId: ID.unique(), email, password, name: email.split('@')[0] });
      const session = await new Account(this.admin()).createEmailPasswordSession({ email, password });
      return { user, session, client: this.session(session.secret) };
    },
    /** The emulator's own API outside /v1 (mailbox, clock), with the key unless told otherwise. */
    async emulatorApi(method, path, body, withKey = true) {
      const root = ready.endpoint.replace(/\/v1$/, '');
      const headers = withKey ? { 'X-Appwrite-Key': ready.key } : {};
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
      }
      const response = await fetch(root + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    /** The newest captured message to an address (fails when there is none). */
    async lastMessageTo(to) {
      const { status, body } = await this.emulatorApi('GET', `/_emulator/messages?to=${encodeURIComponent(to)}`);
      if (status !== 200 || body.total === 0) {
        throw new Error(`no message to ${to}: ${status} ${JSON.stringify(body)}`);
      }
      return body.messages[0];
    },
    /** Moves the emulator's clock forward. */
    async advanceClock(seconds) {
      const { status } = await this.emulatorApi('POST', '/_emulator/clock', { advanceSeconds: seconds });
      if (status !== 200) {
        throw new Error(`could not move the clock: ${status}`);
      }
    },
    async stop() {
      if (child.exitCode !== null) {
        return child.exitCode;
      }
      const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs fn and answers the AppwriteException it throws (fails if it does not throw). */
export async function rejection(fn) {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an AppwriteException, but the call succeeded');
}
