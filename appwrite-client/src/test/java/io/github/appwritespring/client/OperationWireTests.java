package io.github.appwritespring.client;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.model.BucketOptions;
import io.github.appwritespring.client.model.Column;
import io.github.appwritespring.client.model.EmailOptions;
import io.github.appwritespring.client.model.ExecutionRequest;
import io.github.appwritespring.client.model.FunctionOptions;
import io.github.appwritespring.client.model.PreviewOptions;
import io.github.appwritespring.client.model.PushOptions;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.client.model.RowList;
import io.github.appwritespring.client.model.ScreenshotOptions;
import io.github.appwritespring.client.model.SiteOptions;
import io.github.appwritespring.client.model.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One wire case per operation added for issue 15 (and the new optional parameters of
 * older ones): the HTTP method, path, query parameters and exact JSON body each call
 * sends, checked against the values given and against the method and path template of
 * Appwrite's specification. Each call is answered with an example built from the
 * specification's response schema, and the model read back must have every field of that
 * schema filled: a field the record misnames stays {@code null} and fails the case.
 */
class OperationWireTests {

	private static final String MULTIPART = "multipart";

	private static RecordingServer server;

	private static AppwriteClient admin;

	@BeforeAll
	static void startServer() throws IOException {
		server = new RecordingServer();
		admin = server.client("key");
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	static Stream<Call> calls() {
		return Stream.of(call("avatars.getBrowser", (c) -> c.avatars().getBrowser("code1", 7L, 7L, 7L), "GET",
				"/v1/avatars/browsers/code1", List.of(q("width", "7"), q("height", "7"), q("quality", "7")), null),
				call("avatars.getCreditCard", (c) -> c.avatars().getCreditCard("code1", 7L, 7L, 7L), "GET",
						"/v1/avatars/credit-cards/code1", List.of(q("width", "7"), q("height", "7"), q("quality", "7")),
						null),
				call("avatars.getFavicon", (c) -> c.avatars().getFavicon("url1"), "GET", "/v1/avatars/favicon",
						List.of(q("url", "url1")), null),
				call("avatars.getFlag", (c) -> c.avatars().getFlag("code1", 7L, 7L, 7L), "GET",
						"/v1/avatars/flags/code1", List.of(q("width", "7"), q("height", "7"), q("quality", "7")), null),
				call("avatars.getImage", (c) -> c.avatars().getImage("url1", 7L, 7L), "GET", "/v1/avatars/image",
						List.of(q("url", "url1"), q("width", "7"), q("height", "7")), null),
				call("avatars.getInitials", (c) -> c.avatars().getInitials("name1", 7L, 7L, "background1"), "GET",
						"/v1/avatars/initials",
						List.of(q("name", "name1"), q("width", "7"), q("height", "7"), q("background", "background1")),
						null),
				call("avatars.getQR", (c) -> c.avatars().getQR("text1", 7L, 7L, true), "GET", "/v1/avatars/qr",
						List.of(q("text", "text1"), q("size", "7"), q("margin", "7"), q("download", "true")), null),
				call("functions.listRuntimes", (c) -> c.functions().listRuntimes(), "GET", "/v1/functions/runtimes",
						List.of(), null),
				call("functions.listSpecifications", (c) -> c.functions().listSpecifications(), "GET",
						"/v1/functions/specifications", List.of(), null),
				call("functions.delete", (c) -> {
					c.functions().delete("functionId1");
					return null;
				}, "DELETE", "/v1/functions/functionId1", List.of(), null),
				call("functions.updateFunctionDeployment",
						(c) -> c.functions().updateFunctionDeployment("functionId1", "deploymentId1"), "PATCH",
						"/v1/functions/functionId1/deployment", List.of(), "{\"deploymentId\":\"deploymentId1\"}"),
				call("functions.listDeployments",
						(c) -> c.functions().listDeployments("functionId1", List.of(Query.limit(5)), "search1", true),
						"GET", "/v1/functions/functionId1/deployments",
						List.of(q("queries[]", Query.limit(5)), q("search", "search1"), q("total", "true")), null),
				call("functions.createDuplicateDeployment",
						(c) -> c.functions().createDuplicateDeployment("functionId1", "deploymentId1", "buildId1"),
						"POST", "/v1/functions/functionId1/deployments/duplicate", List.of(),
						"{\"deploymentId\":\"deploymentId1\",\"buildId\":\"buildId1\"}"),
				call("functions.createTemplateDeployment",
						(c) -> c.functions()
							.createTemplateDeployment("functionId1", "repository1", "owner1", "rootDirectory1", "type1",
									"reference1", true),
						"POST", "/v1/functions/functionId1/deployments/template", List.of(),
						"{\"repository\":\"repository1\",\"owner\":\"owner1\",\"rootDirectory\":\"rootDirectory1\",\"type\":\"type1\",\"reference\":\"reference1\",\"activate\":true}"),
				call("functions.createVcsDeployment",
						(c) -> c.functions().createVcsDeployment("functionId1", "type1", "reference1", true), "POST",
						"/v1/functions/functionId1/deployments/vcs", List.of(),
						"{\"type\":\"type1\",\"reference\":\"reference1\",\"activate\":true}"),
				call("functions.getDeployment", (c) -> c.functions().getDeployment("functionId1", "deploymentId1"),
						"GET", "/v1/functions/functionId1/deployments/deploymentId1", List.of(), null),
				call("functions.deleteDeployment", (c) -> {
					c.functions().deleteDeployment("functionId1", "deploymentId1");
					return null;
				}, "DELETE", "/v1/functions/functionId1/deployments/deploymentId1", List.of(), null),
				call("functions.getDeploymentDownload",
						(c) -> c.functions().getDeploymentDownload("functionId1", "deploymentId1", "type1"), "GET",
						"/v1/functions/functionId1/deployments/deploymentId1/download", List.of(q("type", "type1")),
						null),
				call("functions.updateDeploymentStatus",
						(c) -> c.functions().updateDeploymentStatus("functionId1", "deploymentId1"), "PATCH",
						"/v1/functions/functionId1/deployments/deploymentId1/status", List.of(), null),
				call("functions.listVariables", (c) -> c.functions().listVariables("functionId1"), "GET",
						"/v1/functions/functionId1/variables", List.of(), null),
				call("functions.createVariable",
						(c) -> c.functions().createVariable("functionId1", "key1", "value1", true), "POST",
						"/v1/functions/functionId1/variables", List.of(),
						"{\"key\":\"key1\",\"value\":\"value1\",\"secret\":true}"),
				call("functions.getVariable", (c) -> c.functions().getVariable("functionId1", "variableId1"), "GET",
						"/v1/functions/functionId1/variables/variableId1", List.of(), null),
				call("functions.updateVariable",
						(c) -> c.functions().updateVariable("functionId1", "variableId1", "key1", "value1", true),
						"PUT", "/v1/functions/functionId1/variables/variableId1", List.of(),
						"{\"key\":\"key1\",\"value\":\"value1\",\"secret\":true}"),
				call("functions.deleteVariable", (c) -> {
					c.functions().deleteVariable("functionId1", "variableId1");
					return null;
				}, "DELETE", "/v1/functions/functionId1/variables/variableId1", List.of(), null),
				call("health.getAntivirus", (c) -> c.health().getAntivirus(), "GET", "/v1/health/anti-virus", List.of(),
						null),
				call("health.getCache", (c) -> c.health().getCache(), "GET", "/v1/health/cache", List.of(), null),
				call("health.getCertificate", (c) -> c.health().getCertificate("domain1"), "GET",
						"/v1/health/certificate", List.of(q("domain", "domain1")), null),
				call("health.getDB", (c) -> c.health().getDB(), "GET", "/v1/health/db", List.of(), null),
				call("health.getPubSub", (c) -> c.health().getPubSub(), "GET", "/v1/health/pubsub", List.of(), null),
				call("health.getQueueBuilds", (c) -> c.health().getQueueBuilds(7L), "GET", "/v1/health/queue/builds",
						List.of(q("threshold", "7")), null),
				call("health.getQueueCertificates", (c) -> c.health().getQueueCertificates(7L), "GET",
						"/v1/health/queue/certificates", List.of(q("threshold", "7")), null),
				call("health.getQueueDatabases", (c) -> c.health().getQueueDatabases("name1", 7L), "GET",
						"/v1/health/queue/databases", List.of(q("name", "name1"), q("threshold", "7")), null),
				call("health.getQueueDeletes", (c) -> c.health().getQueueDeletes(7L), "GET", "/v1/health/queue/deletes",
						List.of(q("threshold", "7")), null),
				call("health.getFailedJobs", (c) -> c.health().getFailedJobs("name1", 7L), "GET",
						"/v1/health/queue/failed/name1", List.of(q("threshold", "7")), null),
				call("health.getQueueFunctions", (c) -> c.health().getQueueFunctions(7L), "GET",
						"/v1/health/queue/functions", List.of(q("threshold", "7")), null),
				call("health.getQueueLogs", (c) -> c.health().getQueueLogs(7L), "GET", "/v1/health/queue/logs",
						List.of(q("threshold", "7")), null),
				call("health.getQueueMails", (c) -> c.health().getQueueMails(7L), "GET", "/v1/health/queue/mails",
						List.of(q("threshold", "7")), null),
				call("health.getQueueMessaging", (c) -> c.health().getQueueMessaging(7L), "GET",
						"/v1/health/queue/messaging", List.of(q("threshold", "7")), null),
				call("health.getQueueMigrations", (c) -> c.health().getQueueMigrations(7L), "GET",
						"/v1/health/queue/migrations", List.of(q("threshold", "7")), null),
				call("health.getQueueStatsResources", (c) -> c.health().getQueueStatsResources(7L), "GET",
						"/v1/health/queue/stats-resources", List.of(q("threshold", "7")), null),
				call("health.getQueueUsage", (c) -> c.health().getQueueUsage(7L), "GET", "/v1/health/queue/stats-usage",
						List.of(q("threshold", "7")), null),
				call("health.getQueueWebhooks", (c) -> c.health().getQueueWebhooks(7L), "GET",
						"/v1/health/queue/webhooks", List.of(q("threshold", "7")), null),
				call("health.getStorage", (c) -> c.health().getStorage(), "GET", "/v1/health/storage", List.of(), null),
				call("health.getStorageLocal", (c) -> c.health().getStorageLocal(), "GET", "/v1/health/storage/local",
						List.of(), null),
				call("health.getTime", (c) -> c.health().getTime(), "GET", "/v1/health/time", List.of(), null),
				call("locale.get", (c) -> c.locale().get(), "GET", "/v1/locale", List.of(), null),
				call("locale.listCodes", (c) -> c.locale().listCodes(), "GET", "/v1/locale/codes", List.of(), null),
				call("locale.listContinents", (c) -> c.locale().listContinents(), "GET", "/v1/locale/continents",
						List.of(), null),
				call("locale.listCountries", (c) -> c.locale().listCountries(), "GET", "/v1/locale/countries",
						List.of(), null),
				call("locale.listCountriesEU", (c) -> c.locale().listCountriesEU(), "GET", "/v1/locale/countries/eu",
						List.of(), null),
				call("locale.listCountriesPhones", (c) -> c.locale().listCountriesPhones(), "GET",
						"/v1/locale/countries/phones", List.of(), null),
				call("locale.listCurrencies", (c) -> c.locale().listCurrencies(), "GET", "/v1/locale/currencies",
						List.of(), null),
				call("locale.listLanguages", (c) -> c.locale().listLanguages(), "GET", "/v1/locale/languages",
						List.of(), null),
				call("messaging.listMessages",
						(c) -> c.messaging().listMessages(List.of(Query.limit(5)), "search1", true), "GET",
						"/v1/messaging/messages",
						List.of(q("queries[]", Query.limit(5)), q("search", "search1"), q("total", "true")), null),
				call("messaging.createSMS",
						(c) -> c.messaging()
							.createSMS("messageId1", "content1", List.of("a", "b"), List.of("a", "b"),
									List.of("a", "b"), true, "scheduledAt1"),
						"POST", "/v1/messaging/messages/sms", List.of(),
						"{\"messageId\":\"messageId1\",\"content\":\"content1\",\"topics\":[\"a\",\"b\"],\"users\":[\"a\",\"b\"],\"targets\":[\"a\",\"b\"],\"draft\":true,\"scheduledAt\":\"scheduledAt1\"}"),
				call("messaging.updateSMS",
						(c) -> c.messaging()
							.updateSMS("messageId1", List.of("a", "b"), List.of("a", "b"), List.of("a", "b"),
									"content1", true, "scheduledAt1"),
						"PATCH", "/v1/messaging/messages/sms/messageId1", List.of(),
						"{\"topics\":[\"a\",\"b\"],\"users\":[\"a\",\"b\"],\"targets\":[\"a\",\"b\"],\"content\":\"content1\",\"draft\":true,\"scheduledAt\":\"scheduledAt1\"}"),
				call("messaging.getMessage", (c) -> c.messaging().getMessage("messageId1"), "GET",
						"/v1/messaging/messages/messageId1", List.of(), null),
				call("messaging.delete", (c) -> {
					c.messaging().delete("messageId1");
					return null;
				}, "DELETE", "/v1/messaging/messages/messageId1", List.of(), null),
				call("messaging.listMessageLogs",
						(c) -> c.messaging().listMessageLogs("messageId1", List.of(Query.limit(5)), true), "GET",
						"/v1/messaging/messages/messageId1/logs",
						List.of(q("queries[]", Query.limit(5)), q("total", "true")), null),
				call("messaging.listTargets",
						(c) -> c.messaging().listTargets("messageId1", List.of(Query.limit(5)), true), "GET",
						"/v1/messaging/messages/messageId1/targets",
						List.of(q("queries[]", Query.limit(5)), q("total", "true")), null),
				call("messaging.listProviders",
						(c) -> c.messaging().listProviders(List.of(Query.limit(5)), "search1", true), "GET",
						"/v1/messaging/providers",
						List.of(q("queries[]", Query.limit(5)), q("search", "search1"), q("total", "true")), null),
				call("messaging.createAPNSProvider",
						(c) -> c.messaging()
							.createAPNSProvider("providerId1", "name1", "authKey1", "authKeyId1", "teamId1",
									"bundleId1", true, true),
						"POST", "/v1/messaging/providers/apns", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"authKey\":\"authKey1\",\"authKeyId\":\"authKeyId1\",\"teamId\":\"teamId1\",\"bundleId\":\"bundleId1\",\"sandbox\":true,\"enabled\":true}"),
				call("messaging.updateAPNSProvider",
						(c) -> c.messaging()
							.updateAPNSProvider("providerId1", "name1", true, "authKey1", "authKeyId1", "teamId1",
									"bundleId1", true),
						"PATCH", "/v1/messaging/providers/apns/providerId1", List.of(),
						"{\"name\":\"name1\",\"enabled\":true,\"authKey\":\"authKey1\",\"authKeyId\":\"authKeyId1\",\"teamId\":\"teamId1\",\"bundleId\":\"bundleId1\",\"sandbox\":true}"),
				call("messaging.createFCMProvider",
						(c) -> c.messaging().createFCMProvider("providerId1", "name1", Map.of("k", "v"), true), "POST",
						"/v1/messaging/providers/fcm", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"serviceAccountJSON\":{\"k\":\"v\"},\"enabled\":true}"),
				call("messaging.updateFCMProvider",
						(c) -> c.messaging().updateFCMProvider("providerId1", "name1", true, Map.of("k", "v")), "PATCH",
						"/v1/messaging/providers/fcm/providerId1", List.of(),
						"{\"name\":\"name1\",\"enabled\":true,\"serviceAccountJSON\":{\"k\":\"v\"}}"),
				call("messaging.createMailgunProvider",
						(c) -> c.messaging()
							.createMailgunProvider("providerId1", "name1", "apiKey1", "domain1", true, "fromName1",
									"fromEmail1", "replyToName1", "replyToEmail1", true),
						"POST", "/v1/messaging/providers/mailgun", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"apiKey\":\"apiKey1\",\"domain\":\"domain1\",\"isEuRegion\":true,\"fromName\":\"fromName1\",\"fromEmail\":\"fromEmail1\",\"replyToName\":\"replyToName1\",\"replyToEmail\":\"replyToEmail1\",\"enabled\":true}"),
				call("messaging.updateMailgunProvider",
						(c) -> c.messaging()
							.updateMailgunProvider("providerId1", "name1", "apiKey1", "domain1", true, true,
									"fromName1", "fromEmail1", "replyToName1", "replyToEmail1"),
						"PATCH", "/v1/messaging/providers/mailgun/providerId1", List.of(),
						"{\"name\":\"name1\",\"apiKey\":\"apiKey1\",\"domain\":\"domain1\",\"isEuRegion\":true,\"enabled\":true,\"fromName\":\"fromName1\",\"fromEmail\":\"fromEmail1\",\"replyToName\":\"replyToName1\",\"replyToEmail\":\"replyToEmail1\"}"),
				call("messaging.createMsg91Provider",
						(c) -> c.messaging()
							.createMsg91Provider("providerId1", "name1", "templateId1", "senderId1", "authKey1", true),
						"POST", "/v1/messaging/providers/msg91", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"templateId\":\"templateId1\",\"senderId\":\"senderId1\",\"authKey\":\"authKey1\",\"enabled\":true}"),
				call("messaging.updateMsg91Provider",
						(c) -> c.messaging()
							.updateMsg91Provider("providerId1", "name1", true, "templateId1", "senderId1", "authKey1"),
						"PATCH", "/v1/messaging/providers/msg91/providerId1", List.of(),
						"{\"name\":\"name1\",\"enabled\":true,\"templateId\":\"templateId1\",\"senderId\":\"senderId1\",\"authKey\":\"authKey1\"}"),
				call("messaging.createResendProvider",
						(c) -> c.messaging()
							.createResendProvider("providerId1", "name1", "apiKey1", "fromName1", "fromEmail1",
									"replyToName1", "replyToEmail1", true),
						"POST", "/v1/messaging/providers/resend", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"apiKey\":\"apiKey1\",\"fromName\":\"fromName1\",\"fromEmail\":\"fromEmail1\",\"replyToName\":\"replyToName1\",\"replyToEmail\":\"replyToEmail1\",\"enabled\":true}"),
				call("messaging.updateResendProvider",
						(c) -> c.messaging()
							.updateResendProvider("providerId1", "name1", true, "apiKey1", "fromName1", "fromEmail1",
									"replyToName1", "replyToEmail1"),
						"PATCH", "/v1/messaging/providers/resend/providerId1", List.of(),
						"{\"name\":\"name1\",\"enabled\":true,\"apiKey\":\"apiKey1\",\"fromName\":\"fromName1\",\"fromEmail\":\"fromEmail1\",\"replyToName\":\"replyToName1\",\"replyToEmail\":\"replyToEmail1\"}"),
				call("messaging.createSendgridProvider",
						(c) -> c.messaging()
							.createSendgridProvider("providerId1", "name1", "apiKey1", "fromName1", "fromEmail1",
									"replyToName1", "replyToEmail1", true),
						"POST", "/v1/messaging/providers/sendgrid", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"apiKey\":\"apiKey1\",\"fromName\":\"fromName1\",\"fromEmail\":\"fromEmail1\",\"replyToName\":\"replyToName1\",\"replyToEmail\":\"replyToEmail1\",\"enabled\":true}"),
				call("messaging.updateSendgridProvider",
						(c) -> c.messaging()
							.updateSendgridProvider("providerId1", "name1", true, "apiKey1", "fromName1", "fromEmail1",
									"replyToName1", "replyToEmail1"),
						"PATCH", "/v1/messaging/providers/sendgrid/providerId1", List.of(),
						"{\"name\":\"name1\",\"enabled\":true,\"apiKey\":\"apiKey1\",\"fromName\":\"fromName1\",\"fromEmail\":\"fromEmail1\",\"replyToName\":\"replyToName1\",\"replyToEmail\":\"replyToEmail1\"}"),
				call("messaging.createSMTPProvider", (c) -> c.messaging()
					.createSMTPProvider("providerId1", "name1", "host1", 7L, "username1", "password1", "encryption1",
							true, "mailer1", "fromName1", "fromEmail1", "replyToName1", "replyToEmail1", true),
						"POST", "/v1/messaging/providers/smtp", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"host\":\"host1\",\"port\":7,\"username\":\"username1\",\"password\":\"password1\",\"encryption\":\"encryption1\",\"autoTLS\":true,\"mailer\":\"mailer1\",\"fromName\":\"fromName1\",\"fromEmail\":\"fromEmail1\",\"replyToName\":\"replyToName1\",\"replyToEmail\":\"replyToEmail1\",\"enabled\":true}"),
				call("messaging.updateSMTPProvider", (c) -> c.messaging()
					.updateSMTPProvider("providerId1", "name1", "host1", 7L, "username1", "password1", "encryption1",
							true, "mailer1", "fromName1", "fromEmail1", "replyToName1", "replyToEmail1", true),
						"PATCH", "/v1/messaging/providers/smtp/providerId1", List.of(),
						"{\"name\":\"name1\",\"host\":\"host1\",\"port\":7,\"username\":\"username1\",\"password\":\"password1\",\"encryption\":\"encryption1\",\"autoTLS\":true,\"mailer\":\"mailer1\",\"fromName\":\"fromName1\",\"fromEmail\":\"fromEmail1\",\"replyToName\":\"replyToName1\",\"replyToEmail\":\"replyToEmail1\",\"enabled\":true}"),
				call("messaging.createTelesignProvider",
						(c) -> c.messaging()
							.createTelesignProvider("providerId1", "name1", "from1", "customerId1", "apiKey1", true),
						"POST", "/v1/messaging/providers/telesign", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"from\":\"from1\",\"customerId\":\"customerId1\",\"apiKey\":\"apiKey1\",\"enabled\":true}"),
				call("messaging.updateTelesignProvider",
						(c) -> c.messaging()
							.updateTelesignProvider("providerId1", "name1", true, "customerId1", "apiKey1", "from1"),
						"PATCH", "/v1/messaging/providers/telesign/providerId1", List.of(),
						"{\"name\":\"name1\",\"enabled\":true,\"customerId\":\"customerId1\",\"apiKey\":\"apiKey1\",\"from\":\"from1\"}"),
				call("messaging.createTextmagicProvider",
						(c) -> c.messaging()
							.createTextmagicProvider("providerId1", "name1", "from1", "username1", "apiKey1", true),
						"POST", "/v1/messaging/providers/textmagic", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"from\":\"from1\",\"username\":\"username1\",\"apiKey\":\"apiKey1\",\"enabled\":true}"),
				call("messaging.updateTextmagicProvider",
						(c) -> c.messaging()
							.updateTextmagicProvider("providerId1", "name1", true, "username1", "apiKey1", "from1"),
						"PATCH", "/v1/messaging/providers/textmagic/providerId1", List.of(),
						"{\"name\":\"name1\",\"enabled\":true,\"username\":\"username1\",\"apiKey\":\"apiKey1\",\"from\":\"from1\"}"),
				call("messaging.createTwilioProvider",
						(c) -> c.messaging()
							.createTwilioProvider("providerId1", "name1", "from1", "accountSid1", "authToken1", true),
						"POST", "/v1/messaging/providers/twilio", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"from\":\"from1\",\"accountSid\":\"accountSid1\",\"authToken\":\"authToken1\",\"enabled\":true}"),
				call("messaging.updateTwilioProvider",
						(c) -> c.messaging()
							.updateTwilioProvider("providerId1", "name1", true, "accountSid1", "authToken1", "from1"),
						"PATCH", "/v1/messaging/providers/twilio/providerId1", List.of(),
						"{\"name\":\"name1\",\"enabled\":true,\"accountSid\":\"accountSid1\",\"authToken\":\"authToken1\",\"from\":\"from1\"}"),
				call("messaging.createVonageProvider",
						(c) -> c.messaging()
							.createVonageProvider("providerId1", "name1", "from1", "apiKey1", "apiSecret1", true),
						"POST", "/v1/messaging/providers/vonage", List.of(),
						"{\"providerId\":\"providerId1\",\"name\":\"name1\",\"from\":\"from1\",\"apiKey\":\"apiKey1\",\"apiSecret\":\"apiSecret1\",\"enabled\":true}"),
				call("messaging.updateVonageProvider",
						(c) -> c.messaging()
							.updateVonageProvider("providerId1", "name1", true, "apiKey1", "apiSecret1", "from1"),
						"PATCH", "/v1/messaging/providers/vonage/providerId1", List.of(),
						"{\"name\":\"name1\",\"enabled\":true,\"apiKey\":\"apiKey1\",\"apiSecret\":\"apiSecret1\",\"from\":\"from1\"}"),
				call("messaging.getProvider", (c) -> c.messaging().getProvider("providerId1"), "GET",
						"/v1/messaging/providers/providerId1", List.of(), null),
				call("messaging.deleteProvider", (c) -> {
					c.messaging().deleteProvider("providerId1");
					return null;
				}, "DELETE", "/v1/messaging/providers/providerId1", List.of(), null),
				call("messaging.listProviderLogs",
						(c) -> c.messaging().listProviderLogs("providerId1", List.of(Query.limit(5)), true), "GET",
						"/v1/messaging/providers/providerId1/logs",
						List.of(q("queries[]", Query.limit(5)), q("total", "true")), null),
				call("messaging.listSubscriberLogs",
						(c) -> c.messaging().listSubscriberLogs("subscriberId1", List.of(Query.limit(5)), true), "GET",
						"/v1/messaging/subscribers/subscriberId1/logs",
						List.of(q("queries[]", Query.limit(5)), q("total", "true")), null),
				call("messaging.listTopics", (c) -> c.messaging().listTopics(List.of(Query.limit(5)), "search1", true),
						"GET", "/v1/messaging/topics",
						List.of(q("queries[]", Query.limit(5)), q("search", "search1"), q("total", "true")), null),
				call("messaging.createTopic", (c) -> c.messaging().createTopic("topicId1", "name1", List.of("a", "b")),
						"POST", "/v1/messaging/topics", List.of(),
						"{\"topicId\":\"topicId1\",\"name\":\"name1\",\"subscribe\":[\"a\",\"b\"]}"),
				call("messaging.getTopic", (c) -> c.messaging().getTopic("topicId1"), "GET",
						"/v1/messaging/topics/topicId1", List.of(), null),
				call("messaging.updateTopic", (c) -> c.messaging().updateTopic("topicId1", "name1", List.of("a", "b")),
						"PATCH", "/v1/messaging/topics/topicId1", List.of(),
						"{\"name\":\"name1\",\"subscribe\":[\"a\",\"b\"]}"),
				call("messaging.deleteTopic", (c) -> {
					c.messaging().deleteTopic("topicId1");
					return null;
				}, "DELETE", "/v1/messaging/topics/topicId1", List.of(), null),
				call("messaging.listTopicLogs",
						(c) -> c.messaging().listTopicLogs("topicId1", List.of(Query.limit(5)), true), "GET",
						"/v1/messaging/topics/topicId1/logs",
						List.of(q("queries[]", Query.limit(5)), q("total", "true")), null),
				call("messaging.listSubscribers",
						(c) -> c.messaging().listSubscribers("topicId1", List.of(Query.limit(5)), "search1", true),
						"GET", "/v1/messaging/topics/topicId1/subscribers",
						List.of(q("queries[]", Query.limit(5)), q("search", "search1"), q("total", "true")), null),
				call("messaging.createSubscriber",
						(c) -> c.messaging().createSubscriber("topicId1", "subscriberId1", "targetId1"), "POST",
						"/v1/messaging/topics/topicId1/subscribers", List.of(),
						"{\"subscriberId\":\"subscriberId1\",\"targetId\":\"targetId1\"}"),
				call("messaging.getSubscriber", (c) -> c.messaging().getSubscriber("topicId1", "subscriberId1"), "GET",
						"/v1/messaging/topics/topicId1/subscribers/subscriberId1", List.of(), null),
				call("messaging.deleteSubscriber", (c) -> {
					c.messaging().deleteSubscriber("topicId1", "subscriberId1");
					return null;
				}, "DELETE", "/v1/messaging/topics/topicId1/subscribers/subscriberId1", List.of(), null),
				call("sites.list", (c) -> c.sites().list(List.of(Query.limit(5)), "search1", true), "GET", "/v1/sites",
						List.of(q("queries[]", Query.limit(5)), q("search", "search1"), q("total", "true")), null),
				call("sites.listFrameworks", (c) -> c.sites().listFrameworks(), "GET", "/v1/sites/frameworks",
						List.of(), null),
				call("sites.listSpecifications", (c) -> c.sites().listSpecifications(), "GET",
						"/v1/sites/specifications", List.of(), null),
				call("sites.get", (c) -> c.sites().get("siteId1"), "GET", "/v1/sites/siteId1", List.of(), null),
				call("sites.delete", (c) -> {
					c.sites().delete("siteId1");
					return null;
				}, "DELETE", "/v1/sites/siteId1", List.of(), null),
				call("sites.updateSiteDeployment", (c) -> c.sites().updateSiteDeployment("siteId1", "deploymentId1"),
						"PATCH", "/v1/sites/siteId1/deployment", List.of(), "{\"deploymentId\":\"deploymentId1\"}"),
				call("sites.listDeployments",
						(c) -> c.sites().listDeployments("siteId1", List.of(Query.limit(5)), "search1", true), "GET",
						"/v1/sites/siteId1/deployments",
						List.of(q("queries[]", Query.limit(5)), q("search", "search1"), q("total", "true")), null),
				call("sites.createDuplicateDeployment",
						(c) -> c.sites().createDuplicateDeployment("siteId1", "deploymentId1"), "POST",
						"/v1/sites/siteId1/deployments/duplicate", List.of(), "{\"deploymentId\":\"deploymentId1\"}"),
				call("sites.createTemplateDeployment",
						(c) -> c.sites()
							.createTemplateDeployment("siteId1", "repository1", "owner1", "rootDirectory1", "type1",
									"reference1", true),
						"POST", "/v1/sites/siteId1/deployments/template", List.of(),
						"{\"repository\":\"repository1\",\"owner\":\"owner1\",\"rootDirectory\":\"rootDirectory1\",\"type\":\"type1\",\"reference\":\"reference1\",\"activate\":true}"),
				call("sites.createVcsDeployment",
						(c) -> c.sites().createVcsDeployment("siteId1", "type1", "reference1", true), "POST",
						"/v1/sites/siteId1/deployments/vcs", List.of(),
						"{\"type\":\"type1\",\"reference\":\"reference1\",\"activate\":true}"),
				call("sites.getDeployment", (c) -> c.sites().getDeployment("siteId1", "deploymentId1"), "GET",
						"/v1/sites/siteId1/deployments/deploymentId1", List.of(), null),
				call("sites.deleteDeployment", (c) -> {
					c.sites().deleteDeployment("siteId1", "deploymentId1");
					return null;
				}, "DELETE", "/v1/sites/siteId1/deployments/deploymentId1", List.of(), null),
				call("sites.getDeploymentDownload",
						(c) -> c.sites().getDeploymentDownload("siteId1", "deploymentId1", "type1"), "GET",
						"/v1/sites/siteId1/deployments/deploymentId1/download", List.of(q("type", "type1")), null),
				call("sites.updateDeploymentStatus",
						(c) -> c.sites().updateDeploymentStatus("siteId1", "deploymentId1"), "PATCH",
						"/v1/sites/siteId1/deployments/deploymentId1/status", List.of(), null),
				call("sites.listLogs", (c) -> c.sites().listLogs("siteId1", List.of(Query.limit(5)), true), "GET",
						"/v1/sites/siteId1/logs", List.of(q("queries[]", Query.limit(5)), q("total", "true")), null),
				call("sites.getLog", (c) -> c.sites().getLog("siteId1", "logId1"), "GET",
						"/v1/sites/siteId1/logs/logId1", List.of(), null),
				call("sites.deleteLog", (c) -> {
					c.sites().deleteLog("siteId1", "logId1");
					return null;
				}, "DELETE", "/v1/sites/siteId1/logs/logId1", List.of(), null),
				call("sites.listVariables", (c) -> c.sites().listVariables("siteId1"), "GET",
						"/v1/sites/siteId1/variables", List.of(), null),
				call("sites.createVariable", (c) -> c.sites().createVariable("siteId1", "key1", "value1", true), "POST",
						"/v1/sites/siteId1/variables", List.of(),
						"{\"key\":\"key1\",\"value\":\"value1\",\"secret\":true}"),
				call("sites.getVariable", (c) -> c.sites().getVariable("siteId1", "variableId1"), "GET",
						"/v1/sites/siteId1/variables/variableId1", List.of(), null),
				call("sites.updateVariable",
						(c) -> c.sites().updateVariable("siteId1", "variableId1", "key1", "value1", true), "PUT",
						"/v1/sites/siteId1/variables/variableId1", List.of(),
						"{\"key\":\"key1\",\"value\":\"value1\",\"secret\":true}"),
				call("sites.deleteVariable", (c) -> {
					c.sites().deleteVariable("siteId1", "variableId1");
					return null;
				}, "DELETE", "/v1/sites/siteId1/variables/variableId1", List.of(), null),
				call("tablesDB.listTransactions", (c) -> c.tablesDb().listTransactions(List.of(Query.limit(5))), "GET",
						"/v1/tablesdb/transactions", List.of(q("queries[]", Query.limit(5))), null),
				call("tablesDB.createTransaction", (c) -> c.tablesDb().createTransaction(7L), "POST",
						"/v1/tablesdb/transactions", List.of(), "{\"ttl\":7}"),
				call("tablesDB.getTransaction", (c) -> c.tablesDb().getTransaction("transactionId1"), "GET",
						"/v1/tablesdb/transactions/transactionId1", List.of(), null),
				call("tablesDB.updateTransaction", (c) -> c.tablesDb().updateTransaction("transactionId1", true, true),
						"PATCH", "/v1/tablesdb/transactions/transactionId1", List.of(),
						"{\"commit\":true,\"rollback\":true}"),
				call("tablesDB.deleteTransaction", (c) -> {
					c.tablesDb().deleteTransaction("transactionId1");
					return null;
				}, "DELETE", "/v1/tablesdb/transactions/transactionId1", List.of(), null),
				call("tablesDB.createOperations",
						(c) -> c.tablesDb().createOperations("transactionId1", List.of(Map.of("k", "v"))), "POST",
						"/v1/tablesdb/transactions/transactionId1/operations", List.of(),
						"{\"operations\":[{\"k\":\"v\"}]}"),
				call("tablesDB.updateBooleanColumn",
						(c) -> c.tablesDb()
							.updateBooleanColumn("databaseId1", "tableId1", "key1", true, true, "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/boolean/key1", List.of(),
						"{\"required\":true,\"default\":true,\"newKey\":\"newKey1\"}"),
				call("tablesDB.updateDatetimeColumn",
						(c) -> c.tablesDb()
							.updateDatetimeColumn("databaseId1", "tableId1", "key1", true, "default1", "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/datetime/key1", List.of(),
						"{\"required\":true,\"default\":\"default1\",\"newKey\":\"newKey1\"}"),
				call("tablesDB.updateEmailColumn",
						(c) -> c.tablesDb()
							.updateEmailColumn("databaseId1", "tableId1", "key1", true, "default1", "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/email/key1", List.of(),
						"{\"required\":true,\"default\":\"default1\",\"newKey\":\"newKey1\"}"),
				call("tablesDB.updateEnumColumn",
						(c) -> c.tablesDb()
							.updateEnumColumn("databaseId1", "tableId1", "key1", List.of("a", "b"), true, "default1",
									"newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/enum/key1", List.of(),
						"{\"elements\":[\"a\",\"b\"],\"required\":true,\"default\":\"default1\",\"newKey\":\"newKey1\"}"),
				call("tablesDB.updateFloatColumn",
						(c) -> c.tablesDb()
							.updateFloatColumn("databaseId1", "tableId1", "key1", true, 1.5, 1.5, 1.5, "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/float/key1", List.of(),
						"{\"required\":true,\"min\":1.5,\"max\":1.5,\"default\":1.5,\"newKey\":\"newKey1\"}"),
				call("tablesDB.updateIntegerColumn",
						(c) -> c.tablesDb()
							.updateIntegerColumn("databaseId1", "tableId1", "key1", true, 7L, 7L, 7L, "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/integer/key1", List.of(),
						"{\"required\":true,\"min\":7,\"max\":7,\"default\":7,\"newKey\":\"newKey1\"}"),
				call("tablesDB.updateIpColumn",
						(c) -> c.tablesDb()
							.updateIpColumn("databaseId1", "tableId1", "key1", true, "default1", "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/ip/key1", List.of(),
						"{\"required\":true,\"default\":\"default1\",\"newKey\":\"newKey1\"}"),
				call("tablesDB.createLineColumn",
						(c) -> c.tablesDb().createLineColumn("databaseId1", "tableId1", "key1", true, List.of(1, 2)),
						"POST", "/v1/tablesdb/databaseId1/tables/tableId1/columns/line", List.of(),
						"{\"key\":\"key1\",\"required\":true,\"default\":[1,2]}"),
				call("tablesDB.updateLineColumn",
						(c) -> c.tablesDb()
							.updateLineColumn("databaseId1", "tableId1", "key1", true, List.of(1, 2), "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/line/key1", List.of(),
						"{\"required\":true,\"default\":[1,2],\"newKey\":\"newKey1\"}"),
				call("tablesDB.createPointColumn",
						(c) -> c.tablesDb().createPointColumn("databaseId1", "tableId1", "key1", true, List.of(1, 2)),
						"POST", "/v1/tablesdb/databaseId1/tables/tableId1/columns/point", List.of(),
						"{\"key\":\"key1\",\"required\":true,\"default\":[1,2]}"),
				call("tablesDB.updatePointColumn",
						(c) -> c.tablesDb()
							.updatePointColumn("databaseId1", "tableId1", "key1", true, List.of(1, 2), "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/point/key1", List.of(),
						"{\"required\":true,\"default\":[1,2],\"newKey\":\"newKey1\"}"),
				call("tablesDB.createPolygonColumn",
						(c) -> c.tablesDb().createPolygonColumn("databaseId1", "tableId1", "key1", true, List.of(1, 2)),
						"POST", "/v1/tablesdb/databaseId1/tables/tableId1/columns/polygon", List.of(),
						"{\"key\":\"key1\",\"required\":true,\"default\":[1,2]}"),
				call("tablesDB.updatePolygonColumn",
						(c) -> c.tablesDb()
							.updatePolygonColumn("databaseId1", "tableId1", "key1", true, List.of(1, 2), "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/polygon/key1", List.of(),
						"{\"required\":true,\"default\":[1,2],\"newKey\":\"newKey1\"}"),
				call("tablesDB.createRelationshipColumn",
						(c) -> c.tablesDb()
							.createRelationshipColumn("databaseId1", "tableId1", "relatedTableId1", "type1", true,
									"key1", "twoWayKey1", "onDelete1"),
						"POST", "/v1/tablesdb/databaseId1/tables/tableId1/columns/relationship", List.of(),
						"{\"relatedTableId\":\"relatedTableId1\",\"type\":\"type1\",\"twoWay\":true,\"key\":\"key1\",\"twoWayKey\":\"twoWayKey1\",\"onDelete\":\"onDelete1\"}"),
				call("tablesDB.updateStringColumn",
						(c) -> c.tablesDb()
							.updateStringColumn("databaseId1", "tableId1", "key1", true, "default1", 7L, "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/string/key1", List.of(),
						"{\"required\":true,\"default\":\"default1\",\"size\":7,\"newKey\":\"newKey1\"}"),
				call("tablesDB.updateUrlColumn",
						(c) -> c.tablesDb()
							.updateUrlColumn("databaseId1", "tableId1", "key1", true, "default1", "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/url/key1", List.of(),
						"{\"required\":true,\"default\":\"default1\",\"newKey\":\"newKey1\"}"),
				call("tablesDB.updateRelationshipColumn",
						(c) -> c.tablesDb()
							.updateRelationshipColumn("databaseId1", "tableId1", "key1", "onDelete1", "newKey1"),
						"PATCH", "/v1/tablesdb/databaseId1/tables/tableId1/columns/key1/relationship", List.of(),
						"{\"onDelete\":\"onDelete1\",\"newKey\":\"newKey1\"}"),
				call("users.createArgon2User",
						(c) -> c.users().createArgon2User("userId1", "email1", "password1", "name1"), "POST",
						"/v1/users/argon2", List.of(),
						"{\"userId\":\"userId1\",\"email\":\"email1\",\"password\":\"password1\",\"name\":\"name1\"}"),
				call("users.createBcryptUser",
						(c) -> c.users().createBcryptUser("userId1", "email1", "password1", "name1"), "POST",
						"/v1/users/bcrypt", List.of(),
						"{\"userId\":\"userId1\",\"email\":\"email1\",\"password\":\"password1\",\"name\":\"name1\"}"),
				call("users.createMD5User", (c) -> c.users().createMD5User("userId1", "email1", "password1", "name1"),
						"POST", "/v1/users/md5", List.of(),
						"{\"userId\":\"userId1\",\"email\":\"email1\",\"password\":\"password1\",\"name\":\"name1\"}"),
				call("users.createPHPassUser",
						(c) -> c.users().createPHPassUser("userId1", "email1", "password1", "name1"), "POST",
						"/v1/users/phpass", List.of(),
						"{\"userId\":\"userId1\",\"email\":\"email1\",\"password\":\"password1\",\"name\":\"name1\"}"),
				call("users.createScryptUser", (c) -> c.users()
					.createScryptUser("userId1", "email1", "password1", "passwordSalt1", 7L, 7L, 7L, 7L, "name1"),
						"POST", "/v1/users/scrypt", List.of(),
						"{\"userId\":\"userId1\",\"email\":\"email1\",\"password\":\"password1\",\"passwordSalt\":\"passwordSalt1\",\"passwordCpu\":7,\"passwordMemory\":7,\"passwordParallel\":7,\"passwordLength\":7,\"name\":\"name1\"}"),
				call("users.createScryptModifiedUser",
						(c) -> c.users()
							.createScryptModifiedUser("userId1", "email1", "password1", "passwordSalt1",
									"passwordSaltSeparator1", "passwordSignerKey1", "name1"),
						"POST", "/v1/users/scrypt-modified", List.of(),
						"{\"userId\":\"userId1\",\"email\":\"email1\",\"password\":\"password1\",\"passwordSalt\":\"passwordSalt1\",\"passwordSaltSeparator\":\"passwordSaltSeparator1\",\"passwordSignerKey\":\"passwordSignerKey1\",\"name\":\"name1\"}"),
				call("users.createSHAUser",
						(c) -> c.users().createSHAUser("userId1", "email1", "password1", "passwordVersion1", "name1"),
						"POST", "/v1/users/sha", List.of(),
						"{\"userId\":\"userId1\",\"email\":\"email1\",\"password\":\"password1\",\"passwordVersion\":\"passwordVersion1\",\"name\":\"name1\"}"),
				call("tablesDB.upsertRows",
						(c) -> c.tablesDb().upsertRows("db1", "t1", List.of(Map.of("$id", "r1")), "tx1", Map.class),
						"PUT", "/v1/tablesdb/db1/tables/t1/rows", List.of(),
						"{\"rows\":[{\"$id\":\"r1\"}],\"transactionId\":\"tx1\"}"),
				call("tablesDB.incrementRowColumn",
						(c) -> c.tablesDb().incrementRowColumn("db1", "t1", "r1", "likes", 2.0, 10.0, "tx1", Map.class),
						"PATCH", "/v1/tablesdb/db1/tables/t1/rows/r1/likes/increment", List.of(),
						"{\"value\":2.0,\"max\":10.0,\"transactionId\":\"tx1\"}"),
				call("tablesDB.incrementRowColumn",
						(c) -> c.tablesDb().incrementRowColumn("db1", "t1", "r1", "likes", null, null, null, Map.class),
						"PATCH", "/v1/tablesdb/db1/tables/t1/rows/r1/likes/increment", List.of(), "{}"),
				call("tablesDB.decrementRowColumn",
						(c) -> c.tablesDb().decrementRowColumn("db1", "t1", "r1", "stock", 1.0, 0.0, null, Map.class),
						"PATCH", "/v1/tablesdb/db1/tables/t1/rows/r1/stock/decrement", List.of(),
						"{\"value\":1.0,\"min\":0.0}"),
				call("tablesDB.updateStringColumn",
						(c) -> c.tablesDb().updateStringColumn("db1", "t1", "title", false, null, null, null), "PATCH",
						"/v1/tablesdb/db1/tables/t1/columns/string/title", List.of(),
						"{\"required\":false,\"default\":null}"),
				call("tablesDB.createRow",
						(c) -> c.tablesDb().createRow("db1", "t1", "r1", Map.of("n", 1), null, "tx1", Map.class),
						"POST", "/v1/tablesdb/db1/tables/t1/rows", List.of(),
						"{\"rowId\":\"r1\",\"data\":{\"n\":1},\"transactionId\":\"tx1\"}"),
				call("tablesDB.getRow", (c) -> c.tablesDb().getRow("db1", "t1", "r1", null, "tx1", Map.class), "GET",
						"/v1/tablesdb/db1/tables/t1/rows/r1", List.of(q("transactionId", "tx1")), null),
				call("tablesDB.getRow", (c) -> c.tablesDb().getRow("db1", "t1", "r1", Map.class), "GET",
						"/v1/tablesdb/db1/tables/t1/rows/r1", List.of(), null),
				call("tablesDB.listRows",
						(c) -> c.tablesDb().listRows("db1", "t1", List.of(Query.limit(5)), "tx1", false, Map.class),
						"GET", "/v1/tablesdb/db1/tables/t1/rows",
						List.of(q("queries[]", Query.limit(5)), q("transactionId", "tx1"), q("total", "false")), null),
				call("tablesDB.updateRow",
						(c) -> c.tablesDb().updateRow("db1", "t1", "r1", Map.of("n", 2), null, "tx1", Map.class),
						"PATCH", "/v1/tablesdb/db1/tables/t1/rows/r1", List.of(),
						"{\"data\":{\"n\":2},\"transactionId\":\"tx1\"}"),
				call("tablesDB.upsertRow",
						(c) -> c.tablesDb().upsertRow("db1", "t1", "r1", Map.of("n", 2), null, "tx1", Map.class), "PUT",
						"/v1/tablesdb/db1/tables/t1/rows/r1", List.of(),
						"{\"data\":{\"n\":2},\"transactionId\":\"tx1\"}"),
				call("tablesDB.deleteRow", (c) -> {
					c.tablesDb().deleteRow("db1", "t1", "r1", "tx1");
					return null;
				}, "DELETE", "/v1/tablesdb/db1/tables/t1/rows/r1", List.of(), "{\"transactionId\":\"tx1\"}"),
				call("storage.getFilePreview",
						(c) -> c.storage()
							.getFilePreview("b1", "f1",
									PreviewOptions.defaults()
										.withWidth(100)
										.withHeight(50)
										.withGravity("top")
										.withOutput("webp")
										.withOpacity(0.5)
										.withToken("tok")),
						"GET", "/v1/storage/buckets/b1/files/f1/preview",
						List.of(q("width", "100"), q("height", "50"), q("gravity", "top"), q("opacity", "0.5"),
								q("output", "webp"), q("token", "tok")),
						null),
				call("storage.getFilePreview", (c) -> c.storage().getFilePreview("b1", "f1"), "GET",
						"/v1/storage/buckets/b1/files/f1/preview", List.of(), null),
				call("storage.getFileDownload", (c) -> c.storage().getFileDownload("b1", "f1", "tok"), "GET",
						"/v1/storage/buckets/b1/files/f1/download", List.of(q("token", "tok")), null),
				call("storage.getFileView", (c) -> c.storage().getFileView("b1", "f1", "tok"), "GET",
						"/v1/storage/buckets/b1/files/f1/view", List.of(q("token", "tok")), null),
				call("functions.create",
						(c) -> c.functions()
							.create("fn1", "Fn", "node-22",
									FunctionOptions.defaults()
										.withExecute(List.of("any"))
										.withTimeout(30)
										.withLogging(true)
										.withSpecification("s-1vcpu-512mb")),
						"POST", "/v1/functions", List.of(),
						"{\"functionId\":\"fn1\",\"name\":\"Fn\",\"runtime\":\"node-22\",\"execute\":[\"any\"],\"timeout\":30,\"logging\":true,\"specification\":\"s-1vcpu-512mb\"}"),
				call("functions.create", (c) -> c.functions().create("fn1", "Fn", "node-22"), "POST", "/v1/functions",
						List.of(), "{\"functionId\":\"fn1\",\"name\":\"Fn\",\"runtime\":\"node-22\"}"),
				call("functions.update",
						(c) -> c.functions().update("fn1", "Fn", null, FunctionOptions.defaults().withEnabled(false)),
						"PUT", "/v1/functions/fn1", List.of(), "{\"name\":\"Fn\",\"enabled\":false}"),
				call("functions.createDeployment",
						(c) -> c.functions()
							.createDeployment("fn1",
									InputFile.fromBytes(new byte[] { 1, 2, 3 }, "code.tar.gz", "application/gzip"),
									true, "index.js", "npm ci"),
						"POST", "/v1/functions/fn1/deployments", List.of(), MULTIPART),
				call("functions.createExecution",
						(c) -> c.functions()
							.createExecution("fn1",
									ExecutionRequest.post("/run")
										.header("x-a", "1")
										.body("hi")
										.scheduledAt(OffsetDateTime.parse("2030-01-02T03:04:05Z"))),
						"POST", "/v1/functions/fn1/executions", List.of(),
						"{\"body\":\"hi\",\"async\":true,\"path\":\"/run\",\"method\":\"POST\",\"headers\":{\"x-a\":\"1\"},\"scheduledAt\":\"2030-01-02T03:04:05Z\"}"),
				call("sites.create",
						(c) -> c.sites()
							.create("site1", "Site", "nextjs", "node-22",
									SiteOptions.defaults().withAdapter("ssr").withBuildCommand("npm run build")),
						"POST", "/v1/sites", List.of(),
						"{\"siteId\":\"site1\",\"name\":\"Site\",\"framework\":\"nextjs\",\"buildRuntime\":\"node-22\",\"buildCommand\":\"npm run build\",\"adapter\":\"ssr\"}"),
				call("sites.update",
						(c) -> c.sites()
							.update("site1", "Site", "nextjs", "node-22", SiteOptions.defaults().withTimeout(15)),
						"PUT", "/v1/sites/site1", List.of(),
						"{\"name\":\"Site\",\"framework\":\"nextjs\",\"buildRuntime\":\"node-22\",\"timeout\":15}"),
				call("sites.createDeployment", (c) -> c.sites()
					.createDeployment("site1",
							InputFile.fromBytes(new byte[] { 1, 2, 3 }, "code.tar.gz", "application/gzip"), false),
						"POST", "/v1/sites/site1/deployments", List.of(), MULTIPART),
				call("avatars.getScreenshot",
						(c) -> c.avatars()
							.getScreenshot("https://example.com",
									ScreenshotOptions.defaults()
										.withHeaders(Map.of("x-a", "1"))
										.withPermissions(List.of("geolocation"))
										.withFullpage(true)
										.withScale(2.0)),
						"GET", "/v1/avatars/screenshots",
						List.of(q("url", "https://example.com"), q("headers[x-a]", "1"), q("scale", "2.0"),
								q("fullpage", "true"), q("permissions[]", "geolocation")),
						null),
				call("avatars.getInitials", (c) -> c.avatars().getInitials("Ada Lovelace"), "GET",
						"/v1/avatars/initials", List.of(q("name", "Ada Lovelace")), null),
				call("avatars.getQR", (c) -> c.avatars().getQR("hello"), "GET", "/v1/avatars/qr",
						List.of(q("text", "hello")), null),
				call("messaging.createEmail",
						(c) -> c.messaging()
							.createEmail("m1", "Hi", "<b>Hi</b>",
									EmailOptions.defaults()
										.withUsers(List.of("u1"))
										.withHtml(true)
										.withScheduledAt("2030-01-01T00:00:00.000+00:00")),
						"POST", "/v1/messaging/messages/email", List.of(),
						"{\"messageId\":\"m1\",\"subject\":\"Hi\",\"content\":\"<b>Hi</b>\",\"users\":[\"u1\"],\"html\":true,\"scheduledAt\":\"2030-01-01T00:00:00.000+00:00\"}"),
				call("messaging.updateEmail",
						(c) -> c.messaging().updateEmail("m1", null, "New", EmailOptions.defaults().withDraft(false)),
						"PATCH", "/v1/messaging/messages/email/m1", List.of(), "{\"content\":\"New\",\"draft\":false}"),
				call("messaging.createPush",
						(c) -> c.messaging()
							.createPush("m1",
									PushOptions.defaults()
										.withTitle("T")
										.withBody("B")
										.withTopics(List.of("news"))
										.withData(Map.of("k", "v"))
										.withBadge(3)
										.withPriority("high")),
						"POST", "/v1/messaging/messages/push", List.of(),
						"{\"messageId\":\"m1\",\"title\":\"T\",\"body\":\"B\",\"topics\":[\"news\"],\"data\":{\"k\":\"v\"},\"badge\":3,\"priority\":\"high\"}"),
				call("messaging.updatePush",
						(c) -> c.messaging().updatePush("m1", PushOptions.defaults().withCritical(true)), "PATCH",
						"/v1/messaging/messages/push/m1", List.of(), "{\"critical\":true}"),
				call("graphql.query", (c) -> c.graphql().query("query { localeListCountries { total } }", null), "POST",
						"/v1/graphql", List.of(), "{\"query\":\"query { localeListCountries { total } }\"}"),
				call("graphql.mutation",
						(c) -> c.graphql().mutation("mutation($n: String!) { x(n: $n) }", Map.of("n", "v")), "POST",
						"/v1/graphql/mutation", List.of(),
						"{\"query\":\"mutation($n: String!) { x(n: $n) }\",\"variables\":{\"n\":\"v\"}}"),
				call("users.list", (c) -> c.users().list(List.of(Query.limit(5)), "ada", false), "GET", "/v1/users",
						List.of(q("queries[]", Query.limit(5)), q("total", "false"), q("search", "ada")), null),
				call("users.listSessions", (c) -> c.users().listSessions("u1", false), "GET", "/v1/users/u1/sessions",
						List.of(q("total", "false")), null),
				call("tablesDB.listTables", (c) -> c.tablesDb().listTables("db1", null, null, false), "GET",
						"/v1/tablesdb/db1/tables", List.of(q("total", "false")), null),
				call("tablesDB.updateRows",
						(c) -> c.tablesDb().updateRows("db1", "t1", Map.of("n", 1), null, "tx1", Map.class), "PATCH",
						"/v1/tablesdb/db1/tables/t1/rows", List.of(),
						"{\"data\":{\"n\":1},\"queries\":[],\"transactionId\":\"tx1\"}"),
				call("tablesDB.deleteRows", (c) -> c.tablesDb().deleteRows("db1", "t1", null, "tx1"), "DELETE",
						"/v1/tablesdb/db1/tables/t1/rows", List.of(), "{\"queries\":[],\"transactionId\":\"tx1\"}"),
				call("storage.createBucket",
						(c) -> c.storage()
							.createBucket("b1", "Media", BucketOptions.defaults().withTransformations(true)),
						"POST", "/v1/storage/buckets", List.of(),
						"{\"transformations\":true,\"bucketId\":\"b1\",\"name\":\"Media\"}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void sendsWhatAppwriteDocumentsAndReadsTheAnswer(Call call) throws Exception {
		SpecExamples.Operation operation = SpecExamples.operation(call.operation());
		assertThat(call.method()).as("method in the specification").isEqualTo(operation.method());
		assertThat(call.path()).as("path matches the specification's template").matches(operation.pathPattern());
		server.enqueue(operation.reply());
		Object answer = call.invoke().apply(admin);
		Recorded request = server.take();
		assertThat(request.method()).isEqualTo(call.method());
		assertThat(request.path()).isEqualTo(call.path());
		assertThat(request.queryParams()).containsExactlyElementsOf(call.query());
		if (MULTIPART.equals(call.body())) {
			assertThat(request.header("Content-Type")).startsWith("multipart/form-data");
			assertThat(request.bodyText()).contains("name=\"code\"").contains("name=\"activate\"");
		}
		else if (call.body() == null) {
			assertThat(request.body()).isEmpty();
		}
		else {
			assertThat(request.bodyText()).isEqualTo(call.body());
		}
		assertComplete(answer, operation);
		assertThat(server.pending()).isZero();
	}

	@Test
	void everyCaseNamesAnOperationOfTheSpecificationAndTheyCoverTheAddedOnes() {
		Set<String> covered = calls().map(Call::operation).collect(Collectors.toCollection(TreeSet::new));
		// 166 operations were added for issue 15; a few cases exercise older operations'
		// new parameters
		assertThat(covered).hasSizeGreaterThanOrEqualTo(166);
		covered.forEach(SpecExamples::operation);
	}

	private static void assertComplete(@Nullable Object answer, SpecExamples.Operation operation) throws IOException {
		if (answer instanceof InputStream in) {
			try (in) {
				assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(SpecExamples.BYTES);
			}
			return;
		}
		if (operation.status() == 204) {
			assertThat(answer).isNull();
			return;
		}
		assertThat(answer).isNotNull();
		if (answer instanceof Row<?> row) {
			assertThat(row.id()).isNotEmpty();
			assertThat(row.data()).isNotNull();
		}
		else if (answer instanceof RowList<?> rows) {
			assertThat(rows.rows()).isNotEmpty();
		}
		else if (answer.getClass().isRecord()) {
			List<String> fields = new java.util.ArrayList<>();
			for (RecordComponent component : answer.getClass().getRecordComponents()) {
				JsonProperty named = component.getAccessor().getAnnotation(JsonProperty.class);
				fields.add((named != null) ? named.value() : component.getName());
			}
			List<String> expected = new java.util.ArrayList<>(operation.answerProperties());
			if (answer instanceof User) {
				// left out on purpose: a password hash has no use in an application and
				// must not be held
				expected.removeAll(List.of("password", "hash", "hashOptions"));
			}
			assertThat(fields).as(answer.getClass().getSimpleName() + " has every field of Appwrite's answer")
				.containsAll(expected);
			for (RecordComponent component : answer.getClass().getRecordComponents()) {
				if (answer instanceof Column && component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					// one record for every column type: the other types' fields stay null
					continue;
				}
				try {
					assertThat(component.getAccessor().invoke(answer))
						.as(answer.getClass().getSimpleName() + "." + component.getName())
						.isNotNull();
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	private static Call call(String operation, Function<AppwriteClient, @Nullable Object> invoke, String method,
			String path, List<Map.Entry<String, String>> query, @Nullable String body) {
		return new Call(operation, invoke, method, path, query, body);
	}

	private static Map.Entry<String, String> q(String name, String value) {
		return Map.entry(name, value);
	}

	/**
	 * One call and what it must send.
	 *
	 * @param operation the operation, {@code service.method}
	 * @param invoke makes the call with the blocking face
	 * @param method the HTTP method
	 * @param path the path with {@code /v1}
	 * @param query the query parameters, decoded, in order
	 * @param body the exact JSON body, {@link #MULTIPART}, or {@code null} for none
	 */
	record Call(String operation, Function<AppwriteClient, @Nullable Object> invoke, String method, String path,
			List<Map.Entry<String, String>> query, @Nullable String body) {

		@Override
		public String toString() {
			return this.operation + " " + this.method + " " + this.path;
		}

	}

}
