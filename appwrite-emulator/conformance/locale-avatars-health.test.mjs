import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Avatars, Browser, CreditCard, Flag, Graphql, Health, Locale } from 'node-appwrite';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buffer) {
  const bytes = Buffer.from(buffer);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('locale: lists with the SDK models, for guests too', async () => {
  const locale = new Locale(emulator.guest());
  const here = await locale.get();
  assert.equal(here.countryCode, '--');
  assert.equal(here.continent, 'Unknown');
  assert.equal(here.eu, false);
  assert.equal(typeof here.ip, 'string');
  const countries = await locale.listCountries();
  assert.equal(countries.total, countries.countries.length);
  assert.equal(countries.countries.find((c) => c.code === 'FR').name, 'France');
  const eu = await locale.listCountriesEU();
  assert.equal(eu.total, 27);
  assert.ok(eu.countries.every((c) => typeof c.name === 'string' && c.code.length === 2));
  const phones = await locale.listCountriesPhones();
  assert.equal(phones.phones.find((p) => p.countryCode === 'GB').code, '+44');
  const continents = await locale.listContinents();
  assert.deepEqual(continents.continents.map((c) => c.code).sort(), ['AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA']);
  const currencies = await locale.listCurrencies();
  const euro = currencies.currencies.find((c) => c.code === 'EUR');
  assert.equal(euro.symbol, '€');
  assert.equal(euro.decimalDigits, 2);
  const languages = await locale.listLanguages();
  assert.equal(languages.languages.find((l) => l.code === 'de').name, 'German');
  const codes = await locale.listCodes();
  assert.ok(codes.localeCodes.some((c) => c.code === 'en-us'));
  const german = new Locale(emulator.guest().setLocale('de'));
  assert.equal((await german.listCountries()).countries.find((c) => c.code === 'DE').name, 'Deutschland');
});

test('avatars: initials and QR codes as PNG images', async () => {
  const avatars = new Avatars(emulator.guest());
  assert.deepEqual(pngSize(await avatars.getInitials({ name: 'Ada Lovelace', width: 64, height: 32 })),
    { width: 64, height: 32 });
  assert.deepEqual(pngSize(await avatars.getInitials()), { width: 500, height: 500 });
  assert.deepEqual(pngSize(await avatars.getQR({ text: 'https://example.com', size: 200, margin: 2, download: true })),
    { width: 200, height: 200 });
  const tooWide = await rejection(() => avatars.getInitials({ width: 5000 }));
  assert.equal(tooWide.code, 400);
  assert.equal(tooWide.type, 'general_argument_invalid');
  const badColour = await rejection(() => avatars.getInitials({ background: 'red' }));
  assert.equal(badColour.type, 'general_argument_invalid');
});

test('avatars: icons, remote images, favicons and screenshots drawn at the requested sizes', async () => {
  const avatars = new Avatars(emulator.guest());
  assert.deepEqual(pngSize(await avatars.getFlag({ code: Flag.Germany })), { width: 100, height: 100 });
  assert.deepEqual(pngSize(await avatars.getBrowser({ code: Browser.GoogleChrome, width: 40, height: 20 })),
    { width: 40, height: 20 });
  assert.deepEqual(pngSize(await avatars.getCreditCard({ code: CreditCard.Visa, width: 60, height: 0 })),
    { width: 60, height: 60 });
  assert.deepEqual(pngSize(await avatars.getImage({ url: 'https://example.com/cat.png', width: 30, height: 10 })),
    { width: 30, height: 10 });
  assert.deepEqual(pngSize(await avatars.getFavicon({ url: 'https://appwrite.io' })), { width: 56, height: 56 });
  assert.deepEqual(pngSize(await avatars.getScreenshot({ url: 'https://example.com', viewportWidth: 640,
    viewportHeight: 480 })), { width: 640, height: 480 });
  const local = await rejection(() => avatars.getImage({ url: 'http://localhost/cat.png' }));
  assert.equal(local.code, 404);
  assert.equal(local.type, 'avatar_remote_url_failed');
  const badScale = await rejection(() => avatars.getScreenshot({ url: 'https://example.com', scale: 4 }));
  assert.equal(badScale.type, 'general_argument_invalid');
});

test('health: every check the emulator can answer, with the key only', async () => {
  const health = new Health(emulator.admin());
  assert.equal((await health.getDB()).statuses[0].status, 'pass');
  assert.equal((await health.getCache()).statuses[0].status, 'pass');
  assert.equal((await health.getPubSub()).statuses[0].status, 'pass');
  assert.equal((await health.getStorage()).status, 'pass');
  assert.equal((await health.getStorageLocal()).status, 'pass');
  assert.equal((await health.getTime()).diff, 0);
  assert.equal((await health.getAntivirus()).status, 'disabled');
  for (const check of ['getQueueBuilds', 'getQueueCertificates', 'getQueueDatabases', 'getQueueDeletes',
    'getQueueFunctions', 'getQueueLogs', 'getQueueMails', 'getQueueMessaging', 'getQueueMigrations',
    'getQueueStatsResources', 'getQueueUsage', 'getQueueWebhooks']) {
    assert.equal((await health[check]()).size, 0, check);
  }
  assert.equal((await health.getFailedJobs({ name: 'v1-mails' })).size, 0);
  const hit = await rejection(() => health.getQueueMails({ threshold: 0 }));
  assert.equal(hit.code, 503);
  assert.equal(hit.type, 'health_queue_size_exceeded');
  const guest = await rejection(() => new Health(emulator.guest()).getDB());
  assert.equal(guest.code, 401);
  assert.equal(guest.type, 'general_unauthorized_scope');
});

test('an Appwrite operation the emulator does not serve is 501 naming it', async () => {
  const error = await rejection(() => new Graphql(emulator.admin()).query({ query: { query: '{ x }' } }));
  assert.equal(error.code, 501);
  assert.equal(error.type, 'general_not_implemented');
  assert.equal(error.message, 'The emulator does not serve graphql.query (POST /v1/graphql) yet.');
});
