import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Messaging, Users, ID, Query, MessagingProviderType } from 'node-appwrite';
import { startEmulator, rejection } from './harness.mjs';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator.stop(); });

test('messaging: providers keep their credentials and are enabled only with all of them', async () => {
  const messaging = new Messaging(emulator.admin());
  const grid = await messaging.createSendgridProvider({ providerId: 'grid', name: 'Grid', apiKey: 'key',
    fromEmail: 'news@example.com', enabled: true });
  assert.equal(grid.provider, 'sendgrid');
  assert.equal(grid.type, 'email');
  assert.equal(grid.enabled, true);
  assert.equal(grid.credentials.apiKey, 'key');
  const twilio = await messaging.createTwilioProvider({ providerId: 'tw', name: 'Twilio', accountSid: 'sid', enabled: true });
  assert.equal(twilio.enabled, false);
  const missing = await rejection(() => messaging.updateTwilioProvider({ providerId: 'tw', enabled: true }));
  assert.equal(missing.code, 400);
  assert.equal(missing.type, 'provider_missing_credentials');
  const enabled = await messaging.updateTwilioProvider({ providerId: 'tw', authToken: 'token', from: '+14155550100', enabled: true });
  assert.equal(enabled.enabled, true);
  const wrongKind = await rejection(() => messaging.updateMailgunProvider({ providerId: 'tw', name: 'x' }));
  assert.equal(wrongKind.type, 'provider_incorrect_type');
  const apns = await messaging.createAPNSProvider({ providerId: 'apns', name: 'APNs', authKey: 'a', authKeyId: 'b',
    teamId: 'c', bundleId: 'd', enabled: true });
  assert.equal(apns.enabled, true);
  assert.equal(apns.options.sandbox, false);
  const taken = await rejection(() => messaging.createResendProvider({ providerId: 'grid', name: 'Again' }));
  assert.equal(taken.code, 409);
  assert.equal(taken.type, 'provider_already_exists');
  const sms = await messaging.listProviders({ queries: [Query.equal('type', 'sms')] });
  assert.equal(sms.total, 1);
  assert.equal((await messaging.getProvider({ providerId: 'grid' })).name, 'Grid');
  const logs = await messaging.listProviderLogs({ providerId: 'tw' });
  assert.deepEqual(logs.logs.map((log) => log.event), ['provider.update', 'provider.create']);
  await messaging.deleteProvider({ providerId: 'apns' });
  const gone = await rejection(() => messaging.getProvider({ providerId: 'apns' }));
  assert.equal(gone.code, 404);
  assert.equal(gone.type, 'provider_not_found');
});

test('messaging: users subscribe their own targets; topics count them', async () => {
  const messaging = new Messaging(emulator.admin());
  const { user, client } = await emulator.signUp('ada@example.com');
  const emailTarget = user.targets.find((target) => target.providerType === 'email');
  await messaging.createTopic({ topicId: 'news', name: 'News' });
  await messaging.createTopic({ topicId: 'staff', name: 'Staff', subscribe: ['label:staff'] });
  const mine = new Messaging(client);
  const subscriber = await mine.createSubscriber({ topicId: 'news', subscriberId: ID.unique(), targetId: emailTarget.$id });
  assert.equal(subscriber.target.identifier, 'ada@example.com');
  assert.equal(subscriber.providerType, 'email');
  const again = await rejection(() => mine.createSubscriber({ topicId: 'news', subscriberId: ID.unique(), targetId: emailTarget.$id }));
  assert.equal(again.code, 409);
  assert.equal(again.type, 'subscriber_already_exists');
  const refused = await rejection(() => mine.createSubscriber({ topicId: 'staff', subscriberId: ID.unique(), targetId: emailTarget.$id }));
  assert.equal(refused.code, 401);
  assert.equal(refused.type, 'user_unauthorized');
  assert.equal((await messaging.getTopic({ topicId: 'news' })).emailTotal, 1);
  assert.equal((await mine.listSubscribers({ topicId: 'news' })).total, 1);
  const noTopic = await rejection(() => messaging.getTopic({ topicId: 'none' }));
  assert.equal(noTopic.type, 'topic_not_found');
  await mine.deleteSubscriber({ topicId: 'news', subscriberId: subscriber.$id });
  assert.equal((await messaging.getTopic({ topicId: 'news' })).emailTotal, 0);
  const renamed = await messaging.updateTopic({ topicId: 'news', name: 'Daily' });
  assert.equal(renamed.name, 'Daily');
  assert.equal((await messaging.listTopicLogs({ topicId: 'news' })).total, 2);
});

test('messaging: email, SMS and push land in the mailbox; schedules wait for the clock', async () => {
  const admin = emulator.admin();
  const messaging = new Messaging(admin);
  const users = new Users(admin);
  await users.create({ userId: 'bob', email: 'bob@example.com', phone: '+14155550111', name: 'Bob' });
  await users.createTarget({ userId: 'bob', targetId: 'bob-phone', providerType: MessagingProviderType.Push,
    identifier: 'device-token-bob' });
  assert.equal((await users.listTargets({ userId: 'bob' })).total, 3);
  await messaging.createFcmProvider({ providerId: 'fcm', name: 'FCM', serviceAccountJSON: { project_id: 'p' }, enabled: true });

  const email = await messaging.createEmail({ messageId: 'm1', subject: 'Weekly', content: 'Read https://example.com/n',
    users: ['bob'] });
  assert.equal(email.status, 'processing');
  const sent = await messaging.getMessage({ messageId: 'm1' });
  assert.equal(sent.status, 'sent');
  assert.equal(sent.deliveredTotal, 1);
  const mail = await emulator.lastMessageTo('bob@example.com');
  assert.equal(mail.subject, 'Weekly');
  assert.equal(mail.template, 'message');
  assert.deepEqual(mail.links, ['https://example.com/n']);

  await messaging.createSms({ messageId: 'm2', content: 'Code 42', users: ['bob'] });
  assert.equal((await emulator.lastMessageTo('+14155550111')).text, 'Code 42');

  await messaging.createPush({ messageId: 'm3', title: 'Ping', body: 'Hello', targets: ['bob-phone'] });
  const push = await emulator.lastMessageTo('device-token-bob');
  assert.equal(push.channel, 'push');
  assert.equal(push.subject, 'Ping');
  assert.equal((await messaging.listTargets({ messageId: 'm3' })).targets[0].identifier, 'device-token-bob');

  const notPush = await rejection(() => messaging.createPush({ messageId: 'm4', title: 'x', targets: ['missing'] }));
  assert.equal(notPush.type, 'message_target_not_push');
  const noOne = await rejection(() => messaging.createSms({ messageId: 'm4', content: 'x' }));
  assert.equal(noOne.type, 'message_missing_target');
  const alreadySent = await rejection(() => messaging.updateEmail({ messageId: 'm1', subject: 'x' }));
  assert.equal(alreadySent.type, 'message_already_sent');

  const inAnHour = new Date(Date.now() + 3600 * 1000).toISOString();
  const scheduled = await messaging.createSms({ messageId: 'later', content: 'Later', users: ['bob'], scheduledAt: inAnHour });
  assert.equal(scheduled.status, 'scheduled');
  assert.equal((await messaging.getMessage({ messageId: 'later' })).status, 'scheduled');
  await emulator.advanceClock(3601);
  assert.equal((await messaging.getMessage({ messageId: 'later' })).status, 'sent');
  assert.equal((await emulator.lastMessageTo('+14155550111')).text, 'Later');

  const draft = await messaging.createEmail({ messageId: 'd', subject: 'S', content: 'C', draft: true });
  assert.equal(draft.status, 'draft');
  assert.equal((await messaging.listMessages({ queries: [Query.equal('status', 'draft')] })).total, 1);
  assert.deepEqual((await messaging.listMessageLogs({ messageId: 'd' })).logs.map((log) => log.event), ['message.create']);
  await messaging.delete({ messageId: 'd' });
  const deleted = await rejection(() => messaging.getMessage({ messageId: 'd' }));
  assert.equal(deleted.code, 404);
  assert.equal(deleted.type, 'message_not_found');
});
