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

test('without fileSecurity, reading a file needs the bucket\'s read permission (401, not 404)', async () => {
  const admin = new Storage(emulator.admin());
  await admin.createBucket({ bucketId: 'closed', name: 'Closed', fileSecurity: false });
  const file = await admin.createFile({ bucketId: 'closed', fileId: ID.unique(), file: InputFile.fromPlainText('hello', 'hello.txt') });
  const carol = new Storage((await emulator.signUp('carol@example.com')).client);
  for (const read of [() => carol.getFile({ bucketId: 'closed', fileId: file.$id }),
    () => carol.getFileDownload({ bucketId: 'closed', fileId: file.$id }),
    () => carol.getFileView({ bucketId: 'closed', fileId: file.$id }),
    () => carol.getFile({ bucketId: 'closed', fileId: 'missing' })]) {
    const error = await rejection(read);
    assert.equal(error.code, 401);
    assert.equal(error.type, 'user_unauthorized');
  }
});

test('ranges as Appwrite serves them', async () => {
  const admin = new Storage(emulator.admin());
  const bytes = randomBytes(100);
  const file = await admin.createFile({ bucketId: 'media', fileId: ID.unique(), file: InputFile.fromBuffer(bytes, 'r.bin') });
  const url = `${emulator.endpoint}/storage/buckets/media/files/${file.$id}/download`;
  const get = (range) => fetch(url, { headers: { 'X-Appwrite-Project': emulator.project, 'X-Appwrite-Key': emulator.key, Range: range } });
  const open = await get('bytes=90-');
  assert.equal(open.status, 206);
  assert.equal(open.headers.get('content-range'), 'bytes 90-99/100');
  assert.ok(Buffer.from(await open.arrayBuffer()).equals(bytes.subarray(90)));
  for (const range of ['bytes=90-120', 'bytes=5-5', 'bytes=200-']) {
    const refused = await get(range);
    assert.equal(refused.status, 416, range);
    assert.equal((await refused.json()).type, 'storage_invalid_range');
  }
});

test('the type comes from the content; view serves unsafe types as text/plain', async () => {
  const admin = new Storage(emulator.admin());
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const image = await admin.createFile({ bucketId: 'media', fileId: ID.unique(), file: InputFile.fromBuffer(png, 'image.txt') });
  assert.equal(image.mimeType, 'image/png');
  const page = await admin.createFile({ bucketId: 'media', fileId: ID.unique(),
    file: InputFile.fromBuffer(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), 'page.png') });
  assert.equal(page.mimeType, 'text/html');
  const view = await fetch(`${emulator.endpoint}/storage/buckets/media/files/${page.$id}/view`,
    { headers: { 'X-Appwrite-Project': emulator.project, 'X-Appwrite-Key': emulator.key } });
  assert.match(view.headers.get('content-type'), /^text\/plain/);
  assert.equal(view.headers.get('x-content-type-options'), 'nosniff');
  await view.arrayBuffer();
});
