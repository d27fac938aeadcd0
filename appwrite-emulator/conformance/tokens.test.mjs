import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Storage, Tokens } from 'node-appwrite';
import { InputFile } from 'node-appwrite/file';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

test('tokens: a file token lets a guest download and view that file until it expires or is deleted', async () => {
  const admin = new Storage(emulator.admin());
  const tokens = new Tokens(emulator.admin());
  const guest = new Storage(emulator.guest());
  await admin.createBucket({ bucketId: 'private', name: 'Private' });
  await admin.createFile({ bucketId: 'private', fileId: 'report', file: InputFile.fromPlainText('secret report', 'report.txt') });
  await admin.createFile({ bucketId: 'private', fileId: 'other', file: InputFile.fromPlainText('other', 'other.txt') });

  const refused = await rejection(() => guest.getFileDownload({ bucketId: 'private', fileId: 'report' }));
  assert.equal(refused.code, 401);
  const token = await tokens.createFileToken({ bucketId: 'private', fileId: 'report',
    expire: new Date(Date.now() + 60 * 1000).toISOString() });
  assert.equal(token.resourceId, 'private:report');
  assert.equal(token.resourceType, 'files');
  assert.equal(token.secret.split('.').length, 3);
  const downloaded = Buffer.from(await guest.getFileDownload({ bucketId: 'private', fileId: 'report', token: token.secret }));
  assert.equal(downloaded.toString(), 'secret report');
  const viewed = Buffer.from(await guest.getFileView({ bucketId: 'private', fileId: 'report', token: token.secret }));
  assert.equal(viewed.toString(), 'secret report');
  const otherFile = await rejection(() => guest.getFileDownload({ bucketId: 'private', fileId: 'other', token: token.secret }));
  assert.equal(otherFile.code, 401);
  assert.equal(otherFile.type, 'user_unauthorized');

  assert.equal((await tokens.list({ bucketId: 'private', fileId: 'report' })).total, 1);
  assert.ok((await tokens.get({ tokenId: token.$id })).accessedAt);
  await emulator.advanceClock(61);
  const expired = await rejection(() => guest.getFileDownload({ bucketId: 'private', fileId: 'report', token: token.secret }));
  assert.equal(expired.code, 401);
  const renewed = await tokens.update({ tokenId: token.$id, expire: new Date(Date.now() + 7 * 86400 * 1000).toISOString() });
  assert.ok(renewed.expire);
  await guest.getFileDownload({ bucketId: 'private', fileId: 'report', token: renewed.secret });

  await tokens.delete({ tokenId: token.$id });
  const gone = await rejection(() => tokens.get({ tokenId: token.$id }));
  assert.equal(gone.code, 404);
  assert.equal(gone.type, 'token_not_found');
  const noBucket = await rejection(() => tokens.createFileToken({ bucketId: 'none', fileId: 'report' }));
  assert.equal(noBucket.type, 'storage_bucket_not_found');
});
