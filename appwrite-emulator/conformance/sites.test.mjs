import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Sites, ID, Query, Framework, BuildRuntime, Adapter, VCSReferenceType, TemplateReferenceType } from 'node-appwrite';
import { InputFile } from 'node-appwrite/file';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

test('a site is created, listed, updated and deleted', async () => {
  const sites = new Sites(emulator.admin());
  const site = await sites.create({ siteId: 'blog', name: 'Blog', framework: Framework.Astro,
    buildRuntime: BuildRuntime.Node22, adapter: Adapter.Static, outputDirectory: './dist' });
  assert.equal(site.$id, 'blog');
  assert.equal(site.framework, 'astro');
  assert.equal(site.enabled, true);
  assert.deepEqual(site.vars, []);
  assert.equal((await sites.list({ queries: [Query.equal('framework', 'astro')] })).total, 1);
  const updated = await sites.update({ siteId: 'blog', name: 'Journal', framework: Framework.Astro, timeout: 15 });
  assert.equal(updated.name, 'Journal');
  assert.equal(updated.timeout, 15);
  const duplicate = await rejection(() => sites.create({ siteId: 'blog', name: 'Again', framework: Framework.Vue,
    buildRuntime: BuildRuntime.Node22 }));
  assert.equal(duplicate.type, 'site_already_exists');
  const wrongAdapter = await rejection(() => sites.create({ siteId: ID.unique(), name: 'X', framework: Framework.React,
    buildRuntime: BuildRuntime.Node22, adapter: Adapter.Ssr }));
  assert.equal(wrongAdapter.code, 400);
  const frameworks = await sites.listFrameworks();
  assert.ok(frameworks.frameworks.some((framework) => framework.key === 'sveltekit'));
  assert.ok((await sites.listSpecifications()).specifications.every((specification) => specification.enabled));
  await sites.delete({ siteId: 'blog' });
  assert.equal((await rejection(() => sites.get({ siteId: 'blog' }))).type, 'site_not_found');
});

test('a deployment is uploaded, activated, downloaded and deleted', async () => {
  const sites = new Sites(emulator.admin());
  await sites.create({ siteId: 'shop', name: 'Shop', framework: Framework.Vite, buildRuntime: BuildRuntime.Node22 });
  const code = Buffer.from('pretend this is a tar.gz archive of the site');
  const deployment = await sites.createDeployment({ siteId: 'shop', code: InputFile.fromBuffer(code, 'code.tar.gz'),
    activate: true });
  assert.equal(deployment.status, 'ready');
  assert.equal(deployment.sourceSize, code.length);
  assert.equal((await sites.get({ siteId: 'shop' })).deploymentId, deployment.$id);
  const downloaded = Buffer.from(await sites.getDeploymentDownload({ siteId: 'shop', deploymentId: deployment.$id }));
  assert.deepEqual(downloaded, code);
  const copy = await sites.createDuplicateDeployment({ siteId: 'shop', deploymentId: deployment.$id });
  assert.equal((await sites.updateSiteDeployment({ siteId: 'shop', deploymentId: copy.$id })).deploymentId, copy.$id);
  assert.equal((await sites.listDeployments({ siteId: 'shop' })).total, 2);
  const done = await rejection(() => sites.updateDeploymentStatus({ siteId: 'shop', deploymentId: copy.$id }));
  assert.equal(done.type, 'build_already_completed');
  const template = await sites.createTemplateDeployment({ siteId: 'shop', repository: 'templates-for-sites',
    owner: 'appwrite', rootDirectory: 'vite/starter', type: TemplateReferenceType.Branch, reference: 'main' });
  assert.equal(template.providerRepositoryName, 'templates-for-sites');
  const vcs = await rejection(() => sites.createVcsDeployment({ siteId: 'shop', type: VCSReferenceType.Branch,
    reference: 'main' }));
  assert.equal(vcs.code, 404);
  await sites.deleteDeployment({ siteId: 'shop', deploymentId: copy.$id });
  assert.equal((await sites.get({ siteId: 'shop' })).deploymentId, '');
  assert.equal((await sites.listLogs({ siteId: 'shop' })).total, 0);
  assert.equal((await rejection(() => sites.getLog({ siteId: 'shop', logId: 'none' }))).type, 'log_not_found');
  assert.equal((await rejection(() => sites.deleteLog({ siteId: 'shop', logId: 'none' }))).type, 'log_not_found');
});

test('variables keep their secrets', async () => {
  const sites = new Sites(emulator.admin());
  await sites.create({ siteId: 'app', name: 'App', framework: Framework.Other, buildRuntime: BuildRuntime.Static1 });
  const secret = await sites.createVariable({ siteId: 'app', key: 'TOKEN', value: 's3cr3t', secret: true });
  assert.equal(secret.value, '');
  assert.equal((await sites.getVariable({ siteId: 'app', variableId: secret.$id })).value, '');
  const unset = await rejection(() => sites.updateVariable({ siteId: 'app', variableId: secret.$id, key: 'TOKEN',
    secret: false }));
  assert.equal(unset.type, 'variable_cannot_unset_secret');
  const plain = await sites.createVariable({ siteId: 'app', key: 'URL', value: 'https://example.com' });
  assert.equal((await sites.updateVariable({ siteId: 'app', variableId: plain.$id, key: 'URL', value: 'https://x' })).value,
    'https://x');
  assert.equal((await sites.listVariables({ siteId: 'app' })).total, 2);
  const again = await rejection(() => sites.createVariable({ siteId: 'app', key: 'URL', value: 'y' }));
  assert.equal(again.type, 'variable_already_exists');
  await sites.deleteVariable({ siteId: 'app', variableId: plain.$id });
  assert.equal((await sites.get({ siteId: 'app' })).vars.length, 1);
});
