import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Functions, Teams, Health, Users, ExecutionMethod, Runtime, TemplateReferenceType } from 'node-appwrite';
import { InputFile } from 'node-appwrite/file';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

test('the built-in echo function answers with its request', async () => {
  const functions = new Functions(emulator.admin());
  const execution = await functions.createExecution({ functionId: 'echo', body: 'ping', xpath: '/hello?x=1',
    method: ExecutionMethod.PUT, headers: { 'X-Test': 'yes' } });
  assert.equal(execution.status, 'completed');
  assert.equal(execution.responseStatusCode, 200);
  const echoed = JSON.parse(execution.responseBody);
  assert.equal(echoed.method, 'PUT');
  assert.equal(echoed.path, '/hello?x=1');
  assert.equal(echoed.body, 'ping');
  assert.equal(echoed.headers['x-test'], 'yes');
  const fetched = await functions.getExecution({ functionId: 'echo', executionId: execution.$id });
  assert.equal(fetched.$id, execution.$id);
  const async = await functions.createExecution({ functionId: 'echo', body: 'later', async: true });
  assert.equal(async.status, 'waiting');
  const missing = await rejection(() => functions.createExecution({ functionId: 'nope' }));
  assert.equal(missing.type, 'function_not_found');
});

test('functions made through the API: settings, deployments, variables, and executions that say why they cannot run', async () => {
  const functions = new Functions(emulator.admin());
  const created = await functions.create({ functionId: 'thumbs', name: 'Thumbs', runtime: Runtime.Node22,
    execute: ['users'], schedule: '0 * * * *', timeout: 60 });
  assert.equal(created.runtime, 'node-22');
  assert.deepEqual(created.execute, ['users']);
  assert.ok((await functions.list()).functions.some((f) => f.$id === 'echo'), 'the registered echo is listed');
  assert.equal((await functions.update({ functionId: 'thumbs', name: 'Thumbnails' })).name, 'Thumbnails');
  assert.ok((await functions.listRuntimes()).runtimes.some((r) => r.$id === 'python-3.12'));
  assert.ok((await functions.listSpecifications()).total > 0);
  const undeployed = await rejection(() => functions.createExecution({ functionId: 'thumbs' }));
  assert.equal(undeployed.type, 'deployment_not_found');
  const code = Buffer.from('an archive');
  const deployment = await functions.createDeployment({ functionId: 'thumbs', code: InputFile.fromBuffer(code, 'code.tar.gz'),
    activate: true, entrypoint: 'index.js' });
  assert.equal(deployment.resourceType, 'functions');
  assert.deepEqual(Buffer.from(await functions.getDeploymentDownload({ functionId: 'thumbs', deploymentId: deployment.$id })), code);
  assert.equal((await functions.get({ functionId: 'thumbs' })).deploymentId, deployment.$id);
  const execution = await functions.createExecution({ functionId: 'thumbs' });
  assert.equal(execution.status, 'failed');
  assert.match(execution.errors, /registerFunction/);
  const secret = await functions.createVariable({ functionId: 'thumbs', key: 'KEY', value: 'v', secret: true });
  assert.equal(secret.value, '');
  assert.equal((await functions.listVariables({ functionId: 'thumbs' })).total, 1);
  const echoVariable = await functions.createVariable({ functionId: 'echo', key: 'GREETING', value: 'hi' });
  assert.equal(echoVariable.resourceType, 'function');
  await functions.deleteVariable({ functionId: 'echo', variableId: echoVariable.$id });
  await functions.delete({ functionId: 'thumbs' });
  assert.equal((await rejection(() => functions.get({ functionId: 'thumbs' }))).type, 'function_not_found');
});

test('teams and memberships', async () => {
  const teams = new Teams(emulator.admin());
  const user = await new Users(emulator.admin()).create({ userId: 'member', email: 'member@example.com', password: 'a-long-password' });
  const team = await teams.create({ teamId: 'crew', name: 'Crew' });
  assert.equal(team.total, 0);
  const membership = await teams.createMembership({ teamId: 'crew', roles: ['editor'], userId: user.$id });
  assert.equal(membership.confirm, true);
  assert.deepEqual(membership.roles, ['editor']);
  assert.equal((await teams.get({ teamId: 'crew' })).total, 1);
  assert.equal((await teams.listMemberships({ teamId: 'crew' })).total, 1);
  const again = await rejection(() => teams.createMembership({ teamId: 'crew', roles: ['editor'], userId: user.$id }));
  assert.equal(again.code, 409);
  assert.equal(again.type, 'membership_already_confirmed');
  const duplicate = await rejection(() => teams.create({ teamId: 'crew', name: 'Again' }));
  assert.equal(duplicate.code, 409);
});

test('health and errors', async () => {
  const health = await new Health(emulator.admin()).get();
  assert.equal(health.status, 'pass');
  const noRoute = await fetch(`${emulator.endpoint}/nothing/here`, { headers: { 'X-Appwrite-Project': emulator.project } });
  assert.equal(noRoute.status, 404);
  const body = await noRoute.json();
  assert.equal(body.type, 'general_route_not_found');
  assert.equal(body.code, 404);
  assert.equal(typeof body.version, 'string');
});

test('SIGTERM stops the standalone emulator cleanly', async () => {
  const other = await startEmulator();
  const code = await other.stop();
  assert.ok(code === 0 || code === 143 || code === 'SIGTERM', `exit ${code}`);
});

test('execution headers as Appwrite records them', async () => {
  const functions = new Functions(emulator.admin());
  const execution = await functions.createExecution({ functionId: 'echo', body: 'x', headers: { 'x-secret': 's', 'content-type': 'text/plain' } });
  assert.deepEqual(execution.requestHeaders.map((header) => header.name), ['content-type', 'x-appwrite-client-ip']);
  const id = execution.responseHeaders.find((header) => header.name === 'x-appwrite-execution-id');
  assert.equal(id?.value, execution.$id);
  const stored = await functions.getExecution({ functionId: 'echo', executionId: execution.$id });
  assert.equal(stored.responseHeaders.find((header) => header.name === 'x-appwrite-execution-id'), undefined);
});
