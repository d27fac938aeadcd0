import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Storage, Permission, Role, ID } from 'node-appwrite';
import { InputFile } from 'node-appwrite/file';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => {
  emulator = await startEmulator();
  await new Storage(emulator.admin()).createBucket({ bucketId: 'media', name: 'Media',
    permissions: [Permission.create(Role.users())], fileSecurity: true, maximumFileSize: 20 * 1024 * 1024 });
});
after(async () => { await emulator.stop(); });

test('a file over 5 MiB goes in chunks and downloads the same bytes', async () => {
  const storage = new Storage(emulator.admin());
  const bytes = randomBytes(11 * 1024 * 1024 + 17);
  const file = await storage.createFile({ bucketId: 'media', fileId: ID.unique(), file: InputFile.fromBuffer(bytes, 'big.bin') });
  assert.equal(file.sizeOriginal, bytes.length);
  assert.equal(file.chunksTotal, 3);
  assert.equal(file.chunksUploaded, 3);
  const downloaded = Buffer.from(await storage.getFileDownload({ bucketId: 'media', fileId: file.$id }));
  assert.ok(downloaded.equals(bytes));
});

test('a user\'s file is theirs alone', async () => {
  const alice = await emulator.signUp('alice@example.com');
  const bob = await emulator.signUp('bob@example.com');
  const file = await new Storage(alice.client).createFile({ bucketId: 'media', fileId: ID.unique(), file: InputFile.fromPlainText('hello', 'hello.txt') });
  const view = Buffer.from(await new Storage(alice.client).getFileView({ bucketId: 'media', fileId: file.$id }));
  assert.equal(view.toString(), 'hello');
  const hidden = await rejection(() => new Storage(bob.client).getFile({ bucketId: 'media', fileId: file.$id }));
  assert.equal(hidden.type, 'storage_file_not_found');
  assert.equal((await new Storage(bob.client).listFiles({ bucketId: 'media' })).total, 0);
  await new Storage(alice.client).deleteFile({ bucketId: 'media', fileId: file.$id });
});

test('bucket limits', async () => {
  const tooBig = await rejection(() => new Storage(emulator.admin()).createFile({ bucketId: 'media', fileId: ID.unique(),
    file: InputFile.fromBuffer(Buffer.alloc(21 * 1024 * 1024), 'huge.bin') }));
  assert.equal(tooBig.type, 'storage_invalid_file_size');
  const noBucket = await rejection(() => new Storage(emulator.admin()).listFiles({ bucketId: 'nope' }));
  assert.equal(noBucket.type, 'storage_bucket_not_found');
});
