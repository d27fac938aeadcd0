package io.github.appwritespring.emulator.internal.messaging;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;
import io.github.appwritespring.emulator.mail.Message;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messaging over loopback HTTP: providers, topics, subscribers, users' targets and
 * messages with Appwrite 1.8.1's statuses, delivered into the mailbox.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class MessagingRoutesTests {

	@Test
	void providersAreEnabledOnlyWithTheirCredentials(AppwriteEmulator emulator) {
		TestHttp admin = TestHttp.key(emulator);
		TestHttp.Result created = admin.post("/messaging/providers/sendgrid",
				"{\"providerId\":\"grid\",\"name\":\"Grid\",\"apiKey\":\"k\",\"fromEmail\":\"news@example.com\",\"enabled\":true}");
		assertThat(created.status()).as(created.response().body()).isEqualTo(201);
		JsonNode provider = created.json();
		assertThat(provider.path("provider").asString()).isEqualTo("sendgrid");
		assertThat(provider.path("type").asString()).isEqualTo("email");
		assertThat(provider.path("enabled").asBoolean()).isTrue();
		assertThat(provider.path("credentials").path("apiKey").asString()).isEqualTo("k");
		assertThat(provider.path("options").path("fromEmail").asString()).isEqualTo("news@example.com");
		assertThat(provider.path("options").path("replyToName").asString()).isEmpty();

		JsonNode halfDone = admin
			.post("/messaging/providers/twilio",
					"{\"providerId\":\"tw\",\"name\":\"Twilio\",\"accountSid\":\"a\",\"enabled\":true}")
			.json();
		assertThat(halfDone.path("enabled").asBoolean()).isFalse();
		assertError(admin.patch("/messaging/providers/twilio/tw", "{\"enabled\":true}"), 400,
				"provider_missing_credentials");
		JsonNode enabled = admin
			.patch("/messaging/providers/twilio/tw",
					"{\"authToken\":\"t\",\"from\":\"+14155550100\",\"enabled\":true,\"name\":\"SMS\"}")
			.json();
		assertThat(enabled.path("enabled").asBoolean()).isTrue();
		assertThat(enabled.path("name").asString()).isEqualTo("SMS");
		assertThat(enabled.path("options").path("from").asString()).isEqualTo("+14155550100");

		assertError(admin.patch("/messaging/providers/mailgun/tw", "{\"name\":\"x\"}"), 400, "provider_incorrect_type");
		assertError(admin.post("/messaging/providers/vonage", "{\"providerId\":\"v\",\"name\":\"V\",\"from\":\"555\"}"),
				400, "general_argument_invalid");
		assertError(admin.post("/messaging/providers/smtp", "{\"providerId\":\"s\",\"name\":\"S\"}"), 400,
				"general_argument_invalid");
		JsonNode smtp = admin
			.post("/messaging/providers/smtp", "{\"providerId\":\"s\",\"name\":\"S\",\"host\":\"mail.example.com\"}")
			.json();
		assertThat(smtp.path("credentials").path("port").asInt()).isEqualTo(587);
		assertThat(smtp.path("options").path("autoTLS").asBoolean()).isTrue();
		JsonNode fcm = admin.post("/messaging/providers/fcm",
				"{\"providerId\":\"f\",\"name\":\"F\",\"serviceAccountJSON\":\"{\\\"project_id\\\":\\\"p\\\"}\",\"enabled\":true}")
			.json();
		assertThat(fcm.path("enabled").asBoolean()).isTrue();
		assertThat(fcm.path("credentials").path("serviceAccountJSON").path("project_id").asString()).isEqualTo("p");
		JsonNode msg91 = admin.post("/messaging/providers/msg91",
				"{\"providerId\":\"m\",\"name\":\"M\",\"templateId\":\"t\",\"senderId\":\"s\",\"authKey\":\"a\",\"enabled\":true}")
			.json();
		assertThat(msg91.path("enabled").asBoolean()).as("Appwrite 1.8.1 enables a Msg91 provider by update only")
			.isFalse();
		assertThat(admin.patch("/messaging/providers/msg91/m", "{\"enabled\":true}").json().path("enabled").asBoolean())
			.isTrue();

		assertError(admin.post("/messaging/providers/resend", "{\"providerId\":\"grid\",\"name\":\"Again\"}"), 409,
				"provider_already_exists");
		assertThat(admin.get("/messaging/providers").json().path("total").asInt()).isEqualTo(5);
		JsonNode sms = admin
			.get("/messaging/providers?queries[]="
					+ encode("{\"method\":\"equal\",\"attribute\":\"type\",\"values\":[\"sms\"]}"))
			.json();
		assertThat(sms.path("total").asInt()).isEqualTo(2);
		assertThat(admin.get("/messaging/providers?search=grid").json().path("total").asInt()).isEqualTo(1);
		assertThat(admin.get("/messaging/providers/tw").json().path("name").asString()).isEqualTo("SMS");
		JsonNode logs = admin.get("/messaging/providers/tw/logs").json();
		assertThat(logs.path("total").asInt()).as("the refused update is not in the log").isEqualTo(2);
		assertThat(logs.path("logs").get(0).path("event").asString()).isEqualTo("provider.update");
		assertThat(logs.path("logs").get(1).path("event").asString()).isEqualTo("provider.create");
		assertThat(logs.path("logs").get(1).path("countryCode").asString()).isEqualTo("--");
		assertError(admin.get("/messaging/providers/tw/logs?queries[]="
				+ encode("{\"method\":\"orderAsc\",\"attribute\":\"event\"}")), 400, "general_query_invalid");
		assertThat(admin.delete("/messaging/providers/tw").status()).isEqualTo(204);
		assertError(admin.get("/messaging/providers/tw"), 404, "provider_not_found");
		assertError(admin.delete("/messaging/providers/tw"), 404, "provider_not_found");
		assertError(TestHttp.guest(emulator).get("/messaging/providers"), 401, "general_unauthorized_scope");
	}

	@Test
	void usersSubscribeTheirTargetsToTopicsThatLetThem(AppwriteEmulator emulator) {
		TestHttp admin = TestHttp.key(emulator);
		String ada = emulator.seedUser("ada", "ada@example.com", "password123", "Ada");
		emulator.seedUser("bob", "bob@example.com", "password123", "Bob");
		TestHttp adaSession = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession(ada));
		TestHttp bobSession = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession("bob"));
		String adaEmail = admin.get("/users/ada/targets").json().path("targets").get(0).path("$id").asString();
		String bobEmail = admin.get("/users/bob/targets").json().path("targets").get(0).path("$id").asString();

		JsonNode topic = admin.post("/messaging/topics", "{\"topicId\":\"news\",\"name\":\"News\"}").json();
		assertThat(topic.path("subscribe").toString()).isEqualTo("[\"users\"]");
		assertThat(topic.path("emailTotal").asInt()).isZero();
		admin.post("/messaging/topics", "{\"topicId\":\"staff\",\"name\":\"Staff\",\"subscribe\":[\"label:staff\"]}");
		assertError(admin.post("/messaging/topics", "{\"topicId\":\"news\",\"name\":\"Again\"}"), 409,
				"topic_already_exists");
		assertError(
				admin.post("/messaging/topics", "{\"topicId\":\"bad\",\"name\":\"Bad\",\"subscribe\":[\"nobody\"]}"),
				400, "general_argument_invalid");

		TestHttp.Result subscribed = adaSession.post("/messaging/topics/news/subscribers",
				"{\"subscriberId\":\"ada-news\",\"targetId\":\"" + adaEmail + "\"}");
		assertThat(subscribed.status()).as(subscribed.response().body()).isEqualTo(201);
		assertThat(subscribed.json().path("target").path("identifier").asString()).isEqualTo("ada@example.com");
		assertThat(subscribed.json().path("userName").asString()).isEqualTo("Ada");
		assertThat(subscribed.json().path("providerType").asString()).isEqualTo("email");
		assertError(
				adaSession.post("/messaging/topics/news/subscribers",
						"{\"subscriberId\":\"unique()\",\"targetId\":\"" + adaEmail + "\"}"),
				409, "subscriber_already_exists");
		assertError(adaSession.post("/messaging/topics/staff/subscribers",
				"{\"subscriberId\":\"unique()\",\"targetId\":\"" + adaEmail + "\"}"), 401, "user_unauthorized");
		assertError(adaSession.post("/messaging/topics/none/subscribers",
				"{\"subscriberId\":\"unique()\",\"targetId\":\"" + adaEmail + "\"}"), 404, "topic_not_found");
		assertError(adaSession.post("/messaging/topics/news/subscribers",
				"{\"subscriberId\":\"unique()\",\"targetId\":\"missing\"}"), 404, "user_target_not_found");
		bobSession.post("/messaging/topics/news/subscribers",
				"{\"subscriberId\":\"bob-news\",\"targetId\":\"" + bobEmail + "\"}");

		assertThat(admin.get("/messaging/topics/news").json().path("emailTotal").asInt()).isEqualTo(2);
		assertThat(admin.get("/messaging/topics/news/subscribers").json().path("total").asInt()).isEqualTo(2);
		JsonNode own = adaSession.get("/messaging/topics/news/subscribers").json();
		assertThat(own.path("total").asInt()).isEqualTo(1);
		assertThat(own.path("subscribers").get(0).path("$id").asString()).isEqualTo("ada-news");
		assertError(adaSession.get("/messaging/topics/news/subscribers/bob-news"), 404, "subscriber_not_found");
		assertError(adaSession.delete("/messaging/topics/news/subscribers/bob-news"), 404, "subscriber_not_found");
		assertThat(admin.get("/messaging/topics/news/subscribers?search=bob").json().path("total").asInt())
			.isEqualTo(1);
		assertThat(adaSession.get("/messaging/subscribers/ada-news/logs").json().path("total").asInt()).isEqualTo(1);
		assertError(TestHttp.guest(emulator).get("/messaging/topics"), 401, "general_unauthorized_scope");
		assertError(adaSession.get("/messaging/topics"), 401, "general_unauthorized_scope");

		assertThat(adaSession.delete("/messaging/topics/news/subscribers/ada-news").status()).isEqualTo(204);
		assertThat(admin.get("/messaging/topics/news").json().path("emailTotal").asInt()).isEqualTo(1);
		assertThat(admin.patch("/messaging/topics/news", "{\"name\":\"Daily\"}").json().path("name").asString())
			.isEqualTo("Daily");
		assertThat(admin.get("/messaging/topics?search=daily").json().path("total").asInt()).isEqualTo(1);
		assertThat(admin.get("/messaging/topics/news/logs").json().path("total").asInt()).isEqualTo(2);
		assertThat(admin.delete("/messaging/topics/news").status()).isEqualTo(204);
		assertError(admin.get("/messaging/topics/news"), 404, "topic_not_found");
		assertError(admin.get("/messaging/topics/news/subscribers/bob-news"), 404, "topic_not_found");
	}

	@Test
	void targetsOfUsers(AppwriteEmulator emulator) {
		TestHttp admin = TestHttp.key(emulator);
		emulator.seedUser("ada", "ada@example.com", "password123", "Ada");
		admin.post("/messaging/providers/apns", "{\"providerId\":\"apns\",\"name\":\"APNs\"}");
		admin.post("/messaging/providers/resend", "{\"providerId\":\"mail\",\"name\":\"Mail\"}");
		TestHttp.Result created = admin.post("/users/ada/targets",
				"{\"targetId\":\"phone\",\"providerType\":\"push\",\"identifier\":\"device-token-1\",\"providerId\":\"apns\",\"name\":\"Phone\"}");
		assertThat(created.status()).as(created.response().body()).isEqualTo(201);
		assertThat(created.json().path("providerId").asString()).isEqualTo("apns");
		assertThat(created.json().path("expired").asBoolean()).isFalse();
		assertError(
				admin.post("/users/ada/targets",
						"{\"targetId\":\"phone\",\"providerType\":\"push\",\"identifier\":\"device-token-2\"}"),
				409, "user_target_already_exists");
		assertError(
				admin.post("/users/ada/targets",
						"{\"targetId\":\"other\",\"providerType\":\"push\",\"identifier\":\"device-token-1\"}"),
				409, "user_target_already_exists");
		assertError(
				admin.post("/users/ada/targets",
						"{\"targetId\":\"x\",\"providerType\":\"email\",\"identifier\":\"nope\"}"),
				400, "general_invalid_email");
		assertError(
				admin.post("/users/ada/targets", "{\"targetId\":\"x\",\"providerType\":\"fax\",\"identifier\":\"1\"}"),
				400, "general_argument_invalid");
		assertError(admin.post("/users/nobody/targets",
				"{\"targetId\":\"x\",\"providerType\":\"push\",\"identifier\":\"t\"}"), 404, "user_not_found");
		assertThat(admin.get("/users/ada/targets").json().path("total").asInt()).isEqualTo(2);
		assertThat(admin
			.get("/users/ada/targets?queries[]="
					+ encode("{\"method\":\"equal\",\"attribute\":\"providerType\",\"values\":[\"push\"]}"))
			.json()
			.path("total")
			.asInt()).isEqualTo(1);
		assertThat(admin.get("/users/ada/targets/phone").json().path("name").asString()).isEqualTo("Phone");
		assertThat(admin.get("/users/ada").json().path("targets").size()).isEqualTo(2);
		assertError(admin.patch("/users/ada/targets/phone", "{\"providerId\":\"mail\"}"), 400,
				"provider_incorrect_type");
		assertError(admin.patch("/users/ada/targets/phone", "{\"providerId\":\"none\"}"), 404, "provider_not_found");
		assertThat(admin.patch("/users/ada/targets/phone", "{\"identifier\":\"device-token-9\"}")
			.json()
			.path("identifier")
			.asString()).isEqualTo("device-token-9");
		admin.post("/messaging/topics", "{\"topicId\":\"t\",\"name\":\"T\"}");
		admin.post("/messaging/topics/t/subscribers", "{\"subscriberId\":\"s\",\"targetId\":\"phone\"}");
		assertThat(admin.get("/messaging/topics/t").json().path("pushTotal").asInt()).isEqualTo(1);
		assertThat(admin.delete("/users/ada/targets/phone").status()).isEqualTo(204);
		assertError(admin.get("/users/ada/targets/phone"), 404, "user_target_not_found");
		assertThat(admin.get("/messaging/topics/t").json().path("pushTotal").asInt()).isZero();
		assertError(admin.get("/messaging/topics/t/subscribers/s"), 404, "subscriber_not_found");
		TestHttp session = TestHttp.guest(emulator).with("X-Appwrite-Session", emulator.createSession("ada"));
		assertError(session.get("/users/ada/targets"), 401, "user_unauthorized");
	}

	@Test
	void messagesAreDeliveredToTheMailbox(AppwriteEmulator emulator) {
		TestHttp admin = TestHttp.key(emulator);
		emulator.seedUser("ada", "ada@example.com", "password123", "Ada");
		emulator.seedUser("bob", "bob@example.com", "password123", "Bob");
		admin.patch("/users/bob/phone", "{\"number\":\"+14155550101\"}");
		admin.post("/users/ada/targets",
				"{\"targetId\":\"ada-phone\",\"providerType\":\"push\",\"identifier\":\"tok-ada\"}");
		String adaEmail = admin.get("/users/ada/targets").json().path("targets").get(0).path("$id").asString();
		admin.post("/messaging/topics", "{\"topicId\":\"news\",\"name\":\"News\"}");
		admin.post("/messaging/topics/news/subscribers", "{\"subscriberId\":\"s1\",\"targetId\":\"" + adaEmail + "\"}");

		JsonNode failed = admin
			.post("/messaging/messages/email",
					"{\"messageId\":\"m0\",\"subject\":\"Hi\",\"content\":\"Hello\",\"topics\":[\"news\"]}")
			.json();
		assertThat(failed.path("status").asString()).isEqualTo("processing");
		JsonNode noProvider = admin.get("/messaging/messages/m0").json();
		assertThat(noProvider.path("status").asString()).isEqualTo("failed");
		assertThat(noProvider.path("deliveryErrors").get(0).asString()).isEqualTo("No enabled provider found.");

		admin.post("/messaging/providers/sendgrid",
				"{\"providerId\":\"mail\",\"name\":\"Mail\",\"apiKey\":\"k\",\"fromEmail\":\"news@example.com\",\"enabled\":true}");
		admin.post("/messaging/providers/twilio",
				"{\"providerId\":\"sms\",\"name\":\"SMS\",\"accountSid\":\"a\",\"authToken\":\"t\",\"from\":\"+14155550100\",\"enabled\":true}");
		admin.post("/messaging/providers/fcm",
				"{\"providerId\":\"push\",\"name\":\"Push\",\"serviceAccountJSON\":{\"a\":1},\"enabled\":true}");

		TestHttp.Result email = admin.post("/messaging/messages/email",
				"{\"messageId\":\"m1\",\"subject\":\"Weekly\",\"content\":\"Read https://example.com/news\",\"topics\":[\"news\"],\"users\":[\"bob\"]}");
		assertThat(email.status()).as(email.response().body()).isEqualTo(201);
		assertThat(email.json().path("data").path("subject").asString()).isEqualTo("Weekly");
		Message toAda = emulator.mailbox().awaitMessage("ada@example.com", Duration.ofSeconds(5));
		assertThat(toAda.subject()).isEqualTo("Weekly");
		assertThat(toAda.template()).isEqualTo("message");
		assertThat(toAda.link()).contains("https://example.com/news");
		assertThat(emulator.mailbox().awaitMessage("bob@example.com", Duration.ofSeconds(5)).text())
			.isEqualTo("Read https://example.com/news");
		JsonNode sent = admin.get("/messaging/messages/m1").json();
		assertThat(sent.path("status").asString()).isEqualTo("sent");
		assertThat(sent.path("deliveredTotal").asInt()).isEqualTo(2);
		assertThat(sent.path("deliveredAt").asString()).isNotEmpty();
		assertError(admin.patch("/messaging/messages/email/m1", "{\"subject\":\"x\"}"), 400, "message_already_sent");

		admin.post("/messaging/messages/sms", "{\"messageId\":\"m2\",\"content\":\"Code 42\",\"users\":[\"bob\"]}");
		Message sms = emulator.mailbox().awaitMessage("+14155550101", Duration.ofSeconds(5));
		assertThat(sms.channel()).isEqualTo(Message.Channel.SMS);
		assertThat(sms.text()).isEqualTo("Code 42");

		admin.post("/messaging/messages/push",
				"{\"messageId\":\"m3\",\"title\":\"Ping\",\"body\":\"You have mail\",\"targets\":[\"ada-phone\"],\"badge\":3}");
		Message push = emulator.mailbox().awaitMessage("tok-ada", Duration.ofSeconds(5));
		assertThat(push.channel()).isEqualTo(Message.Channel.PUSH);
		assertThat(push.subject()).isEqualTo("Ping");
		assertThat(push.text()).isEqualTo("You have mail");
		JsonNode pushed = admin.get("/messaging/messages/m3").json();
		assertThat(pushed.path("data").path("badge").asInt()).isEqualTo(3);
		assertThat(pushed.path("data").path("priority").asString()).isEqualTo("high");
		JsonNode targets = admin.get("/messaging/messages/m3/targets").json();
		assertThat(targets.path("total").asInt()).isEqualTo(1);
		assertThat(targets.path("targets").get(0).path("identifier").asString()).isEqualTo("tok-ada");
		assertThat(admin.get("/messaging/messages/m1/targets").json().path("total").asInt()).isZero();

		assertError(
				admin.post("/messaging/messages/push",
						"{\"messageId\":\"m4\",\"title\":\"x\",\"targets\":[\"" + adaEmail + "\"]}"),
				400, "message_target_not_push");
		assertError(admin.post("/messaging/messages/sms", "{\"messageId\":\"m4\",\"content\":\"x\"}"), 400,
				"message_missing_target");
		assertError(
				admin.post("/messaging/messages/sms", "{\"messageId\":\"m1\",\"content\":\"x\",\"users\":[\"bob\"]}"),
				409, "document_already_exists");
		assertThat(admin.get("/messaging/messages").json().path("total").asInt()).isEqualTo(4);
		assertThat(admin
			.get("/messaging/messages?queries[]="
					+ encode("{\"method\":\"equal\",\"attribute\":\"status\",\"values\":[\"failed\"]}"))
			.json()
			.path("total")
			.asInt()).isEqualTo(1);
		assertThat(admin.get("/messaging/messages/m1/logs").json().path("logs").get(0).path("event").asString())
			.isEqualTo("message.create");
		assertThat(admin.delete("/messaging/messages/m1").status()).isEqualTo(204);
		assertError(admin.get("/messaging/messages/m1"), 404, "message_not_found");
	}

	@Test
	void draftsWaitAndScheduledMessagesWaitForTheClock(AppwriteEmulator emulator) {
		TestHttp admin = TestHttp.key(emulator);
		emulator.seedUser("ada", "ada@example.com", "password123", "Ada");
		admin.post("/messaging/providers/resend",
				"{\"providerId\":\"mail\",\"name\":\"Mail\",\"apiKey\":\"k\",\"fromEmail\":\"news@example.com\",\"enabled\":true}");
		JsonNode draft = admin
			.post("/messaging/messages/email",
					"{\"messageId\":\"d\",\"subject\":\"Draft\",\"content\":\"Later\",\"draft\":true}")
			.json();
		assertThat(draft.path("status").asString()).isEqualTo("draft");
		assertError(admin.patch("/messaging/messages/email/d", "{\"draft\":false}"), 400, "message_missing_target");
		assertThat(
				admin.patch("/messaging/messages/email/d", "{\"subject\":\"Now\",\"users\":[\"ada\"],\"draft\":false}")
					.json()
					.path("status")
					.asString())
			.isEqualTo("processing");
		assertThat(emulator.mailbox().awaitMessage("ada@example.com", Duration.ofSeconds(5)).subject())
			.isEqualTo("Now");

		String inAnHour = java.time.Instant.now().plusSeconds(3600).toString();
		assertError(admin.post("/messaging/messages/email",
				"{\"messageId\":\"past\",\"subject\":\"S\",\"content\":\"C\",\"users\":[\"ada\"],\"scheduledAt\":\"2020-01-01T00:00:00Z\"}"),
				400, "general_argument_invalid");
		JsonNode scheduled = admin.post("/messaging/messages/email",
				"{\"messageId\":\"s\",\"subject\":\"Scheduled\",\"content\":\"C\",\"users\":[\"ada\"],\"scheduledAt\":\""
						+ inAnHour + "\"}")
			.json();
		assertThat(scheduled.path("status").asString()).isEqualTo("scheduled");
		assertThat(admin.get("/messaging/messages/s").json().path("status").asString()).isEqualTo("scheduled");
		assertThat(emulator.mailbox().messagesTo("ada@example.com")).hasSize(1);
		assertThat(admin.patch("/messaging/messages/email/s", "{\"subject\":\"Scheduled later\"}").status())
			.isEqualTo(200);

		TestHttp.raw(emulator.endpoint().replace("/v1", ""))
			.with("X-Appwrite-Key", emulator.apiKey())
			.post("/_emulator/clock", "{\"advanceSeconds\":3601}");
		Message later = emulator.mailbox().awaitMessage("ada@example.com", Duration.ofSeconds(10));
		assertThat(later.subject()).isEqualTo("Scheduled later");
		assertThat(admin.get("/messaging/messages/s").json().path("status").asString()).isEqualTo("sent");
		assertError(admin.patch("/messaging/messages/email/s", "{\"subject\":\"x\"}"), 400, "message_already_sent");
	}

	@Test
	void concurrentCreationsOfOneIdOrOneSubscriptionSucceedOnce(AppwriteEmulator emulator) throws Exception {
		TestHttp admin = TestHttp.key(emulator);
		emulator.seedUser("ada", "ada@example.com", "password123", "Ada");
		String target = admin.get("/users/ada/targets").json().path("targets").get(0).path("$id").asString();
		admin.post("/messaging/topics", "{\"topicId\":\"news\",\"name\":\"News\"}");
		assertThat(TestHttp.race(8,
				(i) -> admin.post("/messaging/topics", "{\"topicId\":\"same\",\"name\":\"T" + i + "\"}")))
			.containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409, 409, 409);
		assertThat(TestHttp.race(8,
				(i) -> admin.post("/messaging/topics/news/subscribers",
						"{\"subscriberId\":\"unique()\",\"targetId\":\"" + target + "\"}")))
			.containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409, 409, 409);
		assertThat(TestHttp.race(8,
				(i) -> admin.post("/messaging/providers/sendgrid", "{\"providerId\":\"p\",\"name\":\"P\"}")))
			.containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409, 409, 409);
		assertThat(TestHttp.race(8,
				(i) -> admin.post("/users/ada/targets",
						"{\"targetId\":\"unique()\",\"providerType\":\"push\",\"identifier\":\"same-token\"}")))
			.containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409, 409, 409);
		admin.post("/messaging/providers/resend",
				"{\"providerId\":\"mail\",\"name\":\"Mail\",\"apiKey\":\"k\",\"fromEmail\":\"n@example.com\",\"enabled\":true}");
		assertThat(TestHttp.race(8,
				(i) -> admin.post("/messaging/messages/email",
						"{\"messageId\":\"once\",\"subject\":\"S" + i + "\",\"content\":\"C\",\"topics\":[\"news\"]}")))
			.containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409, 409, 409);
		assertThat(emulator.mailbox().messagesTo("ada@example.com")).hasSize(1);
		assertThat(admin.get("/messaging/messages/once").json().path("deliveredTotal").asInt()).isEqualTo(1);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
