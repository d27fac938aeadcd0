import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Storage, Users, Health, ID, Permission, Role, ImageGravity, ImageFormat } from 'node-appwrite';
import { InputFile } from 'node-appwrite/file';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(['--no-rate-limits']); });
after(async () => { await emulator.stop(); });

// a 2x1 PNG: one red pixel, one blue pixel
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==', 'base64');

function pngSize(bytes) {
  const buffer = Buffer.from(bytes);
  assert.equal(buffer.subarray(1, 4).toString('ascii'), 'PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

test('file previews resize, crop, convert and refuse bad parameters', async () => {
  const storage = new Storage(emulator.admin());
  await storage.createBucket({ bucketId: 'media', name: 'Media', permissions: [Permission.read(Role.any())] });
  const file = await storage.createFile({ bucketId: 'media', fileId: ID.unique(), file: InputFile.fromBuffer(PNG, 'tiny.png') });
  const original = await storage.getFilePreview({ bucketId: 'media', fileId: file.$id });
  assert.deepEqual(pngSize(original), { width: 2, height: 1 });
  const resized = await storage.getFilePreview({ bucketId: 'media', fileId: file.$id, width: 40, height: 40, gravity: ImageGravity.Left });
  assert.deepEqual(pngSize(resized), { width: 40, height: 40 });
  const jpeg = Buffer.from(await storage.getFilePreview({ bucketId: 'media', fileId: file.$id, output: ImageFormat.Jpg, quality: 50 }));
  assert.deepEqual([...jpeg.subarray(0, 3)], [0xff, 0xd8, 0xff]);
  const bordered = await storage.getFilePreview({ bucketId: 'media', fileId: file.$id, width: 20, borderWidth: 3, borderColor: 'ff0000', rotation: 90 });
  assert.deepEqual(pngSize(bordered), { width: 16, height: 26 });
  const text = await storage.createFile({ bucketId: 'media', fileId: ID.unique(), file: InputFile.fromBuffer(Buffer.from('hello'), 'hello.txt') });
  assert.equal(pngSize(await storage.getFilePreview({ bucketId: 'media', fileId: text.$id })).width, 150);
  const tooWide = await rejection(() => storage.getFilePreview({ bucketId: 'media', fileId: file.$id, width: 5000 }));
  assert.equal(tooWide.code, 400);
  const missing = await rejection(() => storage.getFilePreview({ bucketId: 'media', fileId: 'nope' }));
  assert.equal(missing.code, 404);
});

test('user logs', async () => {
  const users = new Users(emulator.admin());
  await emulator.signUp('linus@example.com');
  const linus = (await users.list({ search: 'linus' })).users[0];
  const logs = await users.listLogs({ userId: linus.$id });
  assert.ok(logs.total >= 1);
});

test('health certificate of a domain nothing answers on', async () => {
  const health = new Health(emulator.admin());
  const invalid = await rejection(() => health.getCertificate({ domain: 'localhost' }));
  assert.equal(invalid.code, 404);
  assert.equal(invalid.type, 'health_invalid_host');
});
