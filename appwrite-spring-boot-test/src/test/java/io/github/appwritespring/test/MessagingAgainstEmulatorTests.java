package io.github.appwritespring.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.model.EmailOptions;
import io.github.appwritespring.client.model.Message;
import io.github.appwritespring.client.model.MessagingProviderType;
import io.github.appwritespring.client.model.Provider;
import io.github.appwritespring.client.model.PushOptions;
import io.github.appwritespring.client.model.Subscriber;
import io.github.appwritespring.client.model.Target;
import io.github.appwritespring.client.service.Messaging;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our client's Messaging calls (all 48 operations) and the Users service's target calls
 * against the emulator over loopback HTTP: messages land in the emulator's mailbox.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class MessagingAgainstEmulatorTests {

	private AppwriteClient admin;

	private Messaging messaging;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.admin = EmulatorClients.admin(emulator);
		this.messaging = this.admin.messaging();
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void everyProviderKindIsCreatedUpdatedListedAndDeleted() {
		List<Provider> created = List.of(
				this.messaging.createAPNSProvider("apns", "APNs", "key", "keyId", "team", "bundle", true, true),
				this.messaging.createFCMProvider("fcm", "FCM", Map.of("project_id", "p"), true),
				this.messaging.createMailgunProvider("mailgun", "Mailgun", "key", "example.com", false, "News",
						"news@example.com", null, null, true),
				this.messaging.createMsg91Provider("msg91", "Msg91", "template", "sender", "auth", true),
				this.messaging.createResendProvider("resend", "Resend", "key", null, "news@example.com", null, null,
						true),
				this.messaging.createSendgridProvider("sendgrid", "Sendgrid", "key", null, "news@example.com", null,
						null, true),
				this.messaging.createSMTPProvider("smtp", "SMTP", "mail.example.com", 2525L, "user", "secret", "tls",
						true, null, null, "news@example.com", null, null, true),
				this.messaging.createTelesignProvider("telesign", "Telesign", "+14155550100", "customer", "key", true),
				this.messaging.createTextmagicProvider("textmagic", "Textmagic", "+14155550100", "user", "key", true),
				this.messaging.createTwilioProvider("twilio", "Twilio", "+14155550100", "sid", "token", true),
				this.messaging.createVonageProvider("vonage", "Vonage", "+14155550100", "key", "secret", true));
		assertThat(created).extracting(Provider::enabled)
			.as("Appwrite 1.8.1 enables a new Msg91 provider by update only")
			.containsExactly(true, true, true, false, true, true, true, true, true, true, true);
		assertThat(this.messaging.updateMsg91Provider("msg91", null, true, null, null, null).enabled()).isTrue();
		assertThat(this.messaging.updateAPNSProvider("apns", "APNs 2", null, null, null, null, null, false).name())
			.isEqualTo("APNs 2");
		assertThat(this.messaging.updateFCMProvider("fcm", "FCM 2", false, null).enabled()).isFalse();
		assertThat(this.messaging
			.updateMailgunProvider("mailgun", null, null, "eu.example.com", true, null, null, null, null, null)
			.credentials()).containsEntry("domain", "eu.example.com").containsEntry("isEuRegion", true);
		assertThat(this.messaging.updateResendProvider("resend", "Resend 2", null, null, null, null, null, null).name())
			.isEqualTo("Resend 2");
		assertThat(
				this.messaging.updateSendgridProvider("sendgrid", null, false, null, null, null, null, null).enabled())
			.isFalse();
		assertThat(this.messaging
			.updateSMTPProvider("smtp", null, null, 587L, null, null, "none", null, null, null, null, null, null, null)
			.options()).containsEntry("encryption", "");
		assertThat(this.messaging.updateTelesignProvider("telesign", "T", null, null, null, null).name())
			.isEqualTo("T");
		assertThat(this.messaging.updateTextmagicProvider("textmagic", "X", null, null, null, null).name())
			.isEqualTo("X");
		assertThat(this.messaging.updateTwilioProvider("twilio", null, null, null, null, "+14155550199").options())
			.containsEntry("from", "+14155550199");
		assertThat(this.messaging.updateVonageProvider("vonage", "V", null, null, null, null).name()).isEqualTo("V");
		assertThatThrownBy(() -> this.messaging.updateTwilioProvider("vonage", "x", null, null, null, null))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class,
					(ex) -> assertThat(ex.getType()).isEqualTo("provider_incorrect_type"));

		assertThat(this.messaging.listProviders().total()).isEqualTo(11);
		assertThat(this.messaging.listProviders(List.of(Query.equal("type", "push"))).total()).isEqualTo(2);
		assertThat(this.messaging.getProvider("smtp").credentials()).containsEntry("port", 587);
		assertThat(this.messaging.listProviderLogs("smtp").logs()).extracting("event")
			.containsExactly("provider.update", "provider.create");
		this.messaging.deleteProvider("smtp");
		assertThatThrownBy(() -> this.messaging.getProvider("smtp"))
			.isInstanceOfSatisfying(AppwriteErrorResponseException.class, (ex) -> {
				assertThat(ex.getStatus()).isEqualTo(404);
				assertThat(ex.getType()).isEqualTo("provider_not_found");
			});
	}

	@Test
	void topicsSubscribersTargetsAndMessages(AppwriteEmulator emulator) {
		String ada = emulator.seedUser("ada", "ada@example.com", "a-long-password", "Ada");
		this.admin.users().updatePhone(ada, "+14155550123");
		Target device = this.admin.users()
			.createTarget(ada, "ada-device", MessagingProviderType.PUSH, "token-ada", null, "Phone");
		assertThat(this.admin.users().listTargets(ada).total()).isEqualTo(3);
		assertThat(this.admin.users().getTarget(ada, device.id()).name()).isEqualTo("Phone");
		assertThat(this.admin.users().updateTarget(ada, device.id(), null, null, "Tablet").name()).isEqualTo("Tablet");
		Target email = this.admin.users()
			.listTargets(ada, List.of(Query.equal("providerType", "email")))
			.targets()
			.get(0);

		this.messaging.createSendgridProvider("mail", "Mail", "key", null, "news@example.com", null, null, true);
		this.messaging.createTwilioProvider("sms", "SMS", "+14155550100", "sid", "token", true);
		this.messaging.createFCMProvider("push", "Push", Map.of("project_id", "p"), true);

		this.messaging.createTopic("news", "News", null);
		assertThat(this.messaging.updateTopic("news", "Daily", List.of("users")).name()).isEqualTo("Daily");
		AppwriteClient adaSession = this.admin.withSession(emulator.createSession(ada));
		Subscriber subscriber = adaSession.messaging().createSubscriber("news", ID.unique(), email.id());
		assertThat(subscriber.target().identifier()).isEqualTo("ada@example.com");
		this.messaging.createSubscriber("news", "ada-push", device.id());
		assertThat(this.messaging.getTopic("news").emailTotal()).isEqualTo(1);
		assertThat(this.messaging.getTopic("news").pushTotal()).isEqualTo(1);
		assertThat(this.messaging.listTopics().total()).isEqualTo(1);
		assertThat(this.messaging.listSubscribers("news").total()).isEqualTo(2);
		assertThat(this.messaging.getSubscriber("news", subscriber.id()).userName()).isEqualTo("Ada");
		assertThat(this.messaging.listSubscriberLogs(subscriber.id()).total()).isEqualTo(1);
		assertThat(this.messaging.listTopicLogs("news").total()).isEqualTo(2);

		Message sentEmail = this.messaging.createEmail(ID.unique(), "Weekly", "See https://example.com/weekly",
				EmailOptions.defaults().withTopics(List.of("news")));
		assertThat(sentEmail.status()).isEqualTo("processing");
		assertThat(emulator.mailbox().awaitMessage("ada@example.com", Duration.ofSeconds(5)).link())
			.contains("https://example.com/weekly");
		assertThat(this.messaging.getMessage(sentEmail.id()).status()).isEqualTo("sent");

		Message sms = this.messaging.createSMS("sms-1", "Code 7", null, List.of(ada), null, null, null);
		assertThat(emulator.mailbox().awaitMessage("+14155550123", Duration.ofSeconds(5)).text()).isEqualTo("Code 7");
		assertThat(this.messaging.getMessage(sms.id()).deliveredTotal()).isEqualTo(1);

		Message push = this.messaging.createPush("push-1",
				PushOptions.defaults()
					.withTitle("Ping")
					.withBody("Hello")
					.withTargets(List.of(device.id()))
					.withData(Map.of("k", "v")));
		io.github.appwritespring.emulator.mail.Message pushed = emulator.mailbox()
			.awaitMessage("token-ada", Duration.ofSeconds(5));
		assertThat(pushed.channel()).isEqualTo(io.github.appwritespring.emulator.mail.Message.Channel.PUSH);
		assertThat(pushed.subject()).isEqualTo("Ping");
		assertThat(this.messaging.listTargets(push.id()).targets()).extracting(Target::identifier)
			.containsExactly("token-ada");
		assertThat(this.messaging.getMessage(push.id()).data()).containsEntry("data", Map.of("k", "v"));

		String later = Instant.now().plus(Duration.ofDays(1)).toString();
		Message draft = this.messaging.createEmail("draft", "Draft", "Body",
				EmailOptions.defaults().withDraft(true).withTopics(List.of("news")));
		assertThat(draft.status()).isEqualTo("draft");
		assertThat(this.messaging
			.updateEmail("draft", "Scheduled", null, EmailOptions.defaults().withDraft(false).withScheduledAt(later))
			.status()).isEqualTo("scheduled");
		Message smsDraft = this.messaging.createSMS("sms-draft", "Soon", null, List.of(ada), null, true, null);
		assertThat(this.messaging.updateSMS(smsDraft.id(), null, null, null, "Now", false, null).status())
			.isEqualTo("processing");
		assertThat(emulator.mailbox().awaitMessage("+14155550123", Duration.ofSeconds(5)).text()).isEqualTo("Now");
		Message pushDraft = this.messaging.createPush("push-draft",
				PushOptions.defaults().withTitle("T").withTargets(List.of(device.id())).withDraft(true));
		assertThat(this.messaging.updatePush(pushDraft.id(), PushOptions.defaults().withTitle("T2")).data())
			.containsEntry("title", "T2");
		assertThat(this.messaging.listMessages(List.of(Query.equal("status", "draft"))).total()).isEqualTo(1);
		assertThat(this.messaging.listMessageLogs("draft").logs()).extracting("event")
			.containsExactly("message.update", "message.create");
		this.messaging.delete("draft");
		this.messaging.delete(pushDraft.id());
		assertThat(this.messaging.listMessages().total()).isEqualTo(4);

		this.messaging.deleteSubscriber("news", subscriber.id());
		assertThat(this.messaging.getTopic("news").emailTotal()).isZero();
		this.admin.users().deleteTarget(ada, device.id());
		assertThat(this.messaging.getTopic("news").pushTotal()).isZero();
		this.messaging.deleteTopic("news");
		assertThatThrownBy(() -> this.messaging.getTopic("news")).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class, (ex) -> assertThat(ex.getType()).isEqualTo("topic_not_found"));
	}

	@Test
	void concurrentSubscriptionsOfOneTargetSucceedOnce(AppwriteEmulator emulator) throws Exception {
		String ada = emulator.seedUser("ada@example.com", "a-long-password");
		String target = this.admin.users().listTargets(ada).targets().get(0).id();
		this.messaging.createTopic("news", "News", null);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> outcomes = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				outcomes.add(pool.submit(() -> {
					go.await();
					try {
						this.messaging.createSubscriber("news", ID.unique(), target);
						return 201;
					}
					catch (AppwriteErrorResponseException ex) {
						assertThat(ex.getType()).isEqualTo("subscriber_already_exists");
						return ex.getStatus();
					}
				}));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> outcome : outcomes) {
				statuses.add(outcome.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409, 409, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.messaging.getTopic("news").emailTotal()).isEqualTo(1);
	}

}
