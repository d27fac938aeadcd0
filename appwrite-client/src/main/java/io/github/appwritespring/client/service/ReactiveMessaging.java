package io.github.appwritespring.client.service;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.appwritespring.client.internal.Require;
import io.github.appwritespring.client.model.EmailOptions;
import io.github.appwritespring.client.model.LogList;
import io.github.appwritespring.client.model.Message;
import io.github.appwritespring.client.model.MessageList;
import io.github.appwritespring.client.model.Provider;
import io.github.appwritespring.client.model.ProviderList;
import io.github.appwritespring.client.model.PushOptions;
import io.github.appwritespring.client.model.Subscriber;
import io.github.appwritespring.client.model.SubscriberList;
import io.github.appwritespring.client.model.TargetList;
import io.github.appwritespring.client.model.Topic;
import io.github.appwritespring.client.model.TopicList;
import io.github.appwritespring.client.transport.ApiRequest;
import io.github.appwritespring.client.transport.AppwriteTransport;
import io.github.appwritespring.client.transport.BlockingFace;
import io.github.appwritespring.client.transport.CallContext;
import io.github.appwritespring.client.transport.JsonBody;
import io.github.appwritespring.client.transport.Service;

/**
 * Appwrite's Messaging service, reactive face (API key): providers, topics, subscribers,
 * and email, SMS and push messages.
 *
 * @since 0.1.0
 */
@BlockingFace
public class ReactiveMessaging extends Service {

	/**
	 * Creates a new {@code ReactiveMessaging}.
	 * @param transport the shared transport
	 * @param context who calls are made as
	 */
	public ReactiveMessaging(AppwriteTransport transport, CallContext context) {
		super(transport, context);
	}

	/**
	 * List messages.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the message list
	 */
	public Mono<MessageList> listMessages(@Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("messaging", "messages")
			.queryArray("queries", queries(queries))
			.query("search", search)
			.query("total", total), this.context, MessageList.class));
	}

	/**
	 * Create SMS.
	 * @param messageId message ID
	 * @param content the text
	 * @param topics list of Topic IDs, or {@code null}
	 * @param users list of User IDs, or {@code null}
	 * @param targets list of Targets IDs, or {@code null}
	 * @param draft is message a draft, or {@code null}
	 * @param scheduledAt scheduled delivery time for message in ISO 8601 format, or
	 * {@code null}
	 * @return the message
	 */
	public Mono<Message> createSMS(String messageId, String content, @Nullable List<String> topics,
			@Nullable List<String> users, @Nullable List<String> targets, @Nullable Boolean draft,
			@Nullable String scheduledAt) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "messages", "sms")
			.json(JsonBody.create()
				.with("messageId", Require.id("messageId", messageId))
				.with("content", Require.nonBlank("content", content))
				.with("topics", topics)
				.with("users", users)
				.with("targets", targets)
				.with("draft", draft)
				.with("scheduledAt", scheduledAt)), this.context, Message.class));
	}

	/**
	 * Update SMS.
	 * @param messageId the message ID
	 * @param topics list of Topic IDs, or {@code null}
	 * @param users list of User IDs, or {@code null}
	 * @param targets list of Targets IDs, or {@code null}
	 * @param content email Content, or {@code null}
	 * @param draft is message a draft, or {@code null}
	 * @param scheduledAt scheduled delivery time for message in ISO 8601 format, or
	 * {@code null}
	 * @return the message
	 */
	public Mono<Message> updateSMS(String messageId, @Nullable List<String> topics, @Nullable List<String> users,
			@Nullable List<String> targets, @Nullable String content, @Nullable Boolean draft,
			@Nullable String scheduledAt) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "messages", "sms", Require.nonBlank("messageId", messageId))
				.json(JsonBody.create()
					.with("topics", topics)
					.with("users", users)
					.with("targets", targets)
					.with("content", content)
					.with("draft", draft)
					.with("scheduledAt", scheduledAt)), this.context, Message.class));
	}

	/**
	 * Get message.
	 * @param messageId the message ID
	 * @return the message
	 */
	public Mono<Message> getMessage(String messageId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("messaging", "messages", Require.nonBlank("messageId", messageId)), this.context,
				Message.class));
	}

	/**
	 * Delete message.
	 * @param messageId the message ID
	 * @return completion once done
	 */
	public Mono<Void> delete(String messageId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("messaging", "messages", Require.nonBlank("messageId", messageId)), this.context));
	}

	/**
	 * List message logs.
	 * @param messageId the message ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the log list
	 */
	public Mono<LogList> listMessageLogs(String messageId, @Nullable List<String> queries, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("messaging", "messages", Require.nonBlank("messageId", messageId), "logs")
				.queryArray("queries", queries(queries))
				.query("total", total), this.context, LogList.class));
	}

	/**
	 * List message targets.
	 * @param messageId the message ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the target list
	 */
	public Mono<TargetList> listTargets(String messageId, @Nullable List<String> queries, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("messaging", "messages", Require.nonBlank("messageId", messageId), "targets")
				.queryArray("queries", queries(queries))
				.query("total", total), this.context, TargetList.class));
	}

	/**
	 * List providers.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the provider list
	 */
	public Mono<ProviderList> listProviders(@Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("messaging", "providers")
			.queryArray("queries", queries(queries))
			.query("search", search)
			.query("total", total), this.context, ProviderList.class));
	}

	/**
	 * Create APNS provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param authKey the APNS authentication key, or {@code null}
	 * @param authKeyId the APNS authentication key ID, or {@code null}
	 * @param teamId the APNS team ID, or {@code null}
	 * @param bundleId the APNS bundle ID, or {@code null}
	 * @param sandbox use APNS sandbox environment, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createAPNSProvider(String providerId, String name, @Nullable String authKey,
			@Nullable String authKeyId, @Nullable String teamId, @Nullable String bundleId, @Nullable Boolean sandbox,
			@Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "apns")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("authKey", authKey)
				.with("authKeyId", authKeyId)
				.with("teamId", teamId)
				.with("bundleId", bundleId)
				.with("sandbox", sandbox)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update APNS provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param authKey the APNS authentication key, or {@code null}
	 * @param authKeyId the APNS authentication key ID, or {@code null}
	 * @param teamId the APNS team ID, or {@code null}
	 * @param bundleId the APNS bundle ID, or {@code null}
	 * @param sandbox use APNS sandbox environment, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateAPNSProvider(String providerId, @Nullable String name, @Nullable Boolean enabled,
			@Nullable String authKey, @Nullable String authKeyId, @Nullable String teamId, @Nullable String bundleId,
			@Nullable Boolean sandbox) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "apns", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("enabled", enabled)
					.with("authKey", authKey)
					.with("authKeyId", authKeyId)
					.with("teamId", teamId)
					.with("bundleId", bundleId)
					.with("sandbox", sandbox)), this.context, Provider.class));
	}

	/**
	 * Create FCM provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param serviceAccountJSON the FCM service account JSON, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createFCMProvider(String providerId, String name, @Nullable Map<String, ?> serviceAccountJSON,
			@Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "fcm")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("serviceAccountJSON", serviceAccountJSON)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update FCM provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param serviceAccountJSON the FCM service account JSON, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateFCMProvider(String providerId, @Nullable String name, @Nullable Boolean enabled,
			@Nullable Map<String, ?> serviceAccountJSON) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "fcm", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("enabled", enabled)
					.with("serviceAccountJSON", serviceAccountJSON)), this.context, Provider.class));
	}

	/**
	 * Create Mailgun provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param apiKey mailgun API Key, or {@code null}
	 * @param domain mailgun Domain, or {@code null}
	 * @param isEuRegion set as EU region, or {@code null}
	 * @param fromName sender Name, or {@code null}
	 * @param fromEmail sender email address, or {@code null}
	 * @param replyToName name set in the reply to field for the mail, or {@code null}
	 * @param replyToEmail email set in the reply to field for the mail, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createMailgunProvider(String providerId, String name, @Nullable String apiKey,
			@Nullable String domain, @Nullable Boolean isEuRegion, @Nullable String fromName,
			@Nullable String fromEmail, @Nullable String replyToName, @Nullable String replyToEmail,
			@Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "mailgun")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("apiKey", apiKey)
				.with("domain", domain)
				.with("isEuRegion", isEuRegion)
				.with("fromName", fromName)
				.with("fromEmail", fromEmail)
				.with("replyToName", replyToName)
				.with("replyToEmail", replyToEmail)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update Mailgun provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param apiKey mailgun API Key, or {@code null}
	 * @param domain mailgun Domain, or {@code null}
	 * @param isEuRegion set as EU region, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param fromName sender Name, or {@code null}
	 * @param fromEmail sender email address, or {@code null}
	 * @param replyToName name set in the reply to field for the mail, or {@code null}
	 * @param replyToEmail email set in the reply to field for the mail, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateMailgunProvider(String providerId, @Nullable String name, @Nullable String apiKey,
			@Nullable String domain, @Nullable Boolean isEuRegion, @Nullable Boolean enabled, @Nullable String fromName,
			@Nullable String fromEmail, @Nullable String replyToName, @Nullable String replyToEmail) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "mailgun", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("apiKey", apiKey)
					.with("domain", domain)
					.with("isEuRegion", isEuRegion)
					.with("enabled", enabled)
					.with("fromName", fromName)
					.with("fromEmail", fromEmail)
					.with("replyToName", replyToName)
					.with("replyToEmail", replyToEmail)), this.context, Provider.class));
	}

	/**
	 * Create Msg91 provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param templateId msg91 template ID, or {@code null}
	 * @param senderId msg91 sender ID, or {@code null}
	 * @param authKey msg91 auth key, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createMsg91Provider(String providerId, String name, @Nullable String templateId,
			@Nullable String senderId, @Nullable String authKey, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "msg91")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("templateId", templateId)
				.with("senderId", senderId)
				.with("authKey", authKey)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update Msg91 provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param templateId msg91 template ID, or {@code null}
	 * @param senderId msg91 sender ID, or {@code null}
	 * @param authKey msg91 auth key, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateMsg91Provider(String providerId, @Nullable String name, @Nullable Boolean enabled,
			@Nullable String templateId, @Nullable String senderId, @Nullable String authKey) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "msg91", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("enabled", enabled)
					.with("templateId", templateId)
					.with("senderId", senderId)
					.with("authKey", authKey)), this.context, Provider.class));
	}

	/**
	 * Create Resend provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param apiKey resend API key, or {@code null}
	 * @param fromName sender Name, or {@code null}
	 * @param fromEmail sender email address, or {@code null}
	 * @param replyToName name set in the reply to field for the mail, or {@code null}
	 * @param replyToEmail email set in the reply to field for the mail, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createResendProvider(String providerId, String name, @Nullable String apiKey,
			@Nullable String fromName, @Nullable String fromEmail, @Nullable String replyToName,
			@Nullable String replyToEmail, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "resend")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("apiKey", apiKey)
				.with("fromName", fromName)
				.with("fromEmail", fromEmail)
				.with("replyToName", replyToName)
				.with("replyToEmail", replyToEmail)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update Resend provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param apiKey resend API key, or {@code null}
	 * @param fromName sender Name, or {@code null}
	 * @param fromEmail sender email address, or {@code null}
	 * @param replyToName name set in the Reply To field for the mail, or {@code null}
	 * @param replyToEmail email set in the Reply To field for the mail, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateResendProvider(String providerId, @Nullable String name, @Nullable Boolean enabled,
			@Nullable String apiKey, @Nullable String fromName, @Nullable String fromEmail,
			@Nullable String replyToName, @Nullable String replyToEmail) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "resend", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("enabled", enabled)
					.with("apiKey", apiKey)
					.with("fromName", fromName)
					.with("fromEmail", fromEmail)
					.with("replyToName", replyToName)
					.with("replyToEmail", replyToEmail)), this.context, Provider.class));
	}

	/**
	 * Create Sendgrid provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param apiKey sendgrid API key, or {@code null}
	 * @param fromName sender Name, or {@code null}
	 * @param fromEmail sender email address, or {@code null}
	 * @param replyToName name set in the reply to field for the mail, or {@code null}
	 * @param replyToEmail email set in the reply to field for the mail, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createSendgridProvider(String providerId, String name, @Nullable String apiKey,
			@Nullable String fromName, @Nullable String fromEmail, @Nullable String replyToName,
			@Nullable String replyToEmail, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "sendgrid")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("apiKey", apiKey)
				.with("fromName", fromName)
				.with("fromEmail", fromEmail)
				.with("replyToName", replyToName)
				.with("replyToEmail", replyToEmail)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update Sendgrid provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param apiKey sendgrid API key, or {@code null}
	 * @param fromName sender Name, or {@code null}
	 * @param fromEmail sender email address, or {@code null}
	 * @param replyToName name set in the Reply To field for the mail, or {@code null}
	 * @param replyToEmail email set in the Reply To field for the mail, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateSendgridProvider(String providerId, @Nullable String name, @Nullable Boolean enabled,
			@Nullable String apiKey, @Nullable String fromName, @Nullable String fromEmail,
			@Nullable String replyToName, @Nullable String replyToEmail) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "sendgrid", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("enabled", enabled)
					.with("apiKey", apiKey)
					.with("fromName", fromName)
					.with("fromEmail", fromEmail)
					.with("replyToName", replyToName)
					.with("replyToEmail", replyToEmail)), this.context, Provider.class));
	}

	/**
	 * Create SMTP provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param host the SMTP hosts
	 * @param port the default SMTP server port, or {@code null}
	 * @param username authentication username, or {@code null}
	 * @param password authentication password, or {@code null}
	 * @param encryption encryption type, or {@code null}
	 * @param autoTLS enable SMTP AutoTLS feature, or {@code null}
	 * @param mailer the value to use for the X-Mailer header, or {@code null}
	 * @param fromName sender Name, or {@code null}
	 * @param fromEmail sender email address, or {@code null}
	 * @param replyToName name set in the reply to field for the mail, or {@code null}
	 * @param replyToEmail email set in the reply to field for the mail, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createSMTPProvider(String providerId, String name, String host, @Nullable Long port,
			@Nullable String username, @Nullable String password, @Nullable String encryption,
			@Nullable Boolean autoTLS, @Nullable String mailer, @Nullable String fromName, @Nullable String fromEmail,
			@Nullable String replyToName, @Nullable String replyToEmail, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "smtp")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("host", Require.nonBlank("host", host))
				.with("port", port)
				.with("username", username)
				.with("password", password)
				.with("encryption", encryption)
				.with("autoTLS", autoTLS)
				.with("mailer", mailer)
				.with("fromName", fromName)
				.with("fromEmail", fromEmail)
				.with("replyToName", replyToName)
				.with("replyToEmail", replyToEmail)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update SMTP provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param host the SMTP hosts, or {@code null}
	 * @param port the SMTP port, or {@code null}
	 * @param username authentication username, or {@code null}
	 * @param password authentication password, or {@code null}
	 * @param encryption encryption type, or {@code null}
	 * @param autoTLS enable SMTP AutoTLS feature, or {@code null}
	 * @param mailer the value to use for the X-Mailer header, or {@code null}
	 * @param fromName sender Name, or {@code null}
	 * @param fromEmail sender email address, or {@code null}
	 * @param replyToName name set in the Reply To field for the mail, or {@code null}
	 * @param replyToEmail email set in the Reply To field for the mail, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateSMTPProvider(String providerId, @Nullable String name, @Nullable String host,
			@Nullable Long port, @Nullable String username, @Nullable String password, @Nullable String encryption,
			@Nullable Boolean autoTLS, @Nullable String mailer, @Nullable String fromName, @Nullable String fromEmail,
			@Nullable String replyToName, @Nullable String replyToEmail, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "smtp", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("host", host)
					.with("port", port)
					.with("username", username)
					.with("password", password)
					.with("encryption", encryption)
					.with("autoTLS", autoTLS)
					.with("mailer", mailer)
					.with("fromName", fromName)
					.with("fromEmail", fromEmail)
					.with("replyToName", replyToName)
					.with("replyToEmail", replyToEmail)
					.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Create Telesign provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param from sender Phone number, or {@code null}
	 * @param customerId telesign customer ID, or {@code null}
	 * @param apiKey telesign API key, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createTelesignProvider(String providerId, String name, @Nullable String from,
			@Nullable String customerId, @Nullable String apiKey, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "telesign")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("from", from)
				.with("customerId", customerId)
				.with("apiKey", apiKey)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update Telesign provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param customerId telesign customer ID, or {@code null}
	 * @param apiKey telesign API key, or {@code null}
	 * @param from sender number, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateTelesignProvider(String providerId, @Nullable String name, @Nullable Boolean enabled,
			@Nullable String customerId, @Nullable String apiKey, @Nullable String from) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "telesign", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("enabled", enabled)
					.with("customerId", customerId)
					.with("apiKey", apiKey)
					.with("from", from)), this.context, Provider.class));
	}

	/**
	 * Create Textmagic provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param from sender Phone number, or {@code null}
	 * @param username textmagic username, or {@code null}
	 * @param apiKey textmagic apiKey, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createTextmagicProvider(String providerId, String name, @Nullable String from,
			@Nullable String username, @Nullable String apiKey, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "textmagic")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("from", from)
				.with("username", username)
				.with("apiKey", apiKey)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update Textmagic provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param username textmagic username, or {@code null}
	 * @param apiKey textmagic apiKey, or {@code null}
	 * @param from sender number, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateTextmagicProvider(String providerId, @Nullable String name, @Nullable Boolean enabled,
			@Nullable String username, @Nullable String apiKey, @Nullable String from) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "textmagic", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("enabled", enabled)
					.with("username", username)
					.with("apiKey", apiKey)
					.with("from", from)), this.context, Provider.class));
	}

	/**
	 * Create Twilio provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param from sender Phone number, or {@code null}
	 * @param accountSid twilio account secret ID, or {@code null}
	 * @param authToken twilio authentication token, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createTwilioProvider(String providerId, String name, @Nullable String from,
			@Nullable String accountSid, @Nullable String authToken, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "twilio")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("from", from)
				.with("accountSid", accountSid)
				.with("authToken", authToken)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update Twilio provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param accountSid twilio account secret ID, or {@code null}
	 * @param authToken twilio authentication token, or {@code null}
	 * @param from sender number, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateTwilioProvider(String providerId, @Nullable String name, @Nullable Boolean enabled,
			@Nullable String accountSid, @Nullable String authToken, @Nullable String from) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "twilio", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("enabled", enabled)
					.with("accountSid", accountSid)
					.with("authToken", authToken)
					.with("from", from)), this.context, Provider.class));
	}

	/**
	 * Create Vonage provider.
	 * @param providerId provider ID
	 * @param name provider name
	 * @param from sender Phone number, or {@code null}
	 * @param apiKey vonage API key, or {@code null}
	 * @param apiSecret vonage API secret, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> createVonageProvider(String providerId, String name, @Nullable String from,
			@Nullable String apiKey, @Nullable String apiSecret, @Nullable Boolean enabled) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "providers", "vonage")
			.json(JsonBody.create()
				.with("providerId", Require.id("providerId", providerId))
				.with("name", Require.nonBlank("name", name))
				.with("from", from)
				.with("apiKey", apiKey)
				.with("apiSecret", apiSecret)
				.with("enabled", enabled)), this.context, Provider.class));
	}

	/**
	 * Update Vonage provider.
	 * @param providerId the provider ID
	 * @param name provider name, or {@code null}
	 * @param enabled set as enabled, or {@code null}
	 * @param apiKey vonage API key, or {@code null}
	 * @param apiSecret vonage API secret, or {@code null}
	 * @param from sender number, or {@code null}
	 * @return the provider
	 */
	public Mono<Provider> updateVonageProvider(String providerId, @Nullable String name, @Nullable Boolean enabled,
			@Nullable String apiKey, @Nullable String apiSecret, @Nullable String from) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "providers", "vonage", Require.nonBlank("providerId", providerId))
				.json(JsonBody.create()
					.with("name", name)
					.with("enabled", enabled)
					.with("apiKey", apiKey)
					.with("apiSecret", apiSecret)
					.with("from", from)), this.context, Provider.class));
	}

	/**
	 * Get provider.
	 * @param providerId the provider ID
	 * @return the provider
	 */
	public Mono<Provider> getProvider(String providerId) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.get("messaging", "providers", Require.nonBlank("providerId", providerId)), this.context,
				Provider.class));
	}

	/**
	 * Delete provider.
	 * @param providerId the provider ID
	 * @return completion once done
	 */
	public Mono<Void> deleteProvider(String providerId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("messaging", "providers", Require.nonBlank("providerId", providerId)), this.context));
	}

	/**
	 * List provider logs.
	 * @param providerId the provider ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the log list
	 */
	public Mono<LogList> listProviderLogs(String providerId, @Nullable List<String> queries, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("messaging", "providers", Require.nonBlank("providerId", providerId), "logs")
				.queryArray("queries", queries(queries))
				.query("total", total), this.context, LogList.class));
	}

	/**
	 * List subscriber logs.
	 * @param subscriberId the subscriber ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the log list
	 */
	public Mono<LogList> listSubscriberLogs(String subscriberId, @Nullable List<String> queries,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("messaging", "subscribers", Require.nonBlank("subscriberId", subscriberId), "logs")
				.queryArray("queries", queries(queries))
				.query("total", total), this.context, LogList.class));
	}

	/**
	 * List topics.
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the topic list
	 */
	public Mono<TopicList> listTopics(@Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport.call(ApiRequest.get("messaging", "topics")
			.queryArray("queries", queries(queries))
			.query("search", search)
			.query("total", total), this.context, TopicList.class));
	}

	/**
	 * Create topic.
	 * @param topicId topic ID
	 * @param name topic Name
	 * @param subscribe an array of role strings with subscribe permission, or
	 * {@code null}
	 * @return the topic
	 */
	public Mono<Topic> createTopic(String topicId, String name, @Nullable List<String> subscribe) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "topics")
			.json(JsonBody.create()
				.with("topicId", Require.id("topicId", topicId))
				.with("name", Require.nonBlank("name", name))
				.with("subscribe", subscribe)), this.context, Topic.class));
	}

	/**
	 * Get topic.
	 * @param topicId the topic ID
	 * @return the topic
	 */
	public Mono<Topic> getTopic(String topicId) {
		return Mono.defer(
				() -> this.transport.call(ApiRequest.get("messaging", "topics", Require.nonBlank("topicId", topicId)),
						this.context, Topic.class));
	}

	/**
	 * Update topic.
	 * @param topicId the topic ID
	 * @param name topic Name, or {@code null}
	 * @param subscribe an array of role strings with subscribe permission, or
	 * {@code null}
	 * @return the topic
	 */
	public Mono<Topic> updateTopic(String topicId, @Nullable String name, @Nullable List<String> subscribe) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("messaging", "topics", Require.nonBlank("topicId", topicId))
					.json(JsonBody.create().with("name", name).with("subscribe", subscribe)),
				this.context, Topic.class));
	}

	/**
	 * Delete topic.
	 * @param topicId the topic ID
	 * @return completion once done
	 */
	public Mono<Void> deleteTopic(String topicId) {
		return Mono.defer(() -> this.transport.callForNoContent(
				ApiRequest.delete("messaging", "topics", Require.nonBlank("topicId", topicId)), this.context));
	}

	/**
	 * List topic logs.
	 * @param topicId the topic ID
	 * @param queries queries, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the log list
	 */
	public Mono<LogList> listTopicLogs(String topicId, @Nullable List<String> queries, @Nullable Boolean total) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("messaging", "topics", Require.nonBlank("topicId", topicId), "logs")
				.queryArray("queries", queries(queries))
				.query("total", total), this.context, LogList.class));
	}

	/**
	 * List subscribers.
	 * @param topicId the topic ID
	 * @param queries queries, or {@code null}
	 * @param search a search term, or {@code null}
	 * @param total whether Appwrite counts the total (false is faster), or {@code null}
	 * @return the subscriber list
	 */
	public Mono<SubscriberList> listSubscribers(String topicId, @Nullable List<String> queries, @Nullable String search,
			@Nullable Boolean total) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.get("messaging", "topics", Require.nonBlank("topicId", topicId), "subscribers")
				.queryArray("queries", queries(queries))
				.query("search", search)
				.query("total", total), this.context, SubscriberList.class));
	}

	/**
	 * Create subscriber.
	 * @param topicId the topic ID
	 * @param subscriberId subscriber ID
	 * @param targetId target ID
	 * @return the subscriber
	 */
	public Mono<Subscriber> createSubscriber(String topicId, String subscriberId, String targetId) {
		return Mono
			.defer(() -> this.transport.call(
					ApiRequest.post("messaging", "topics", Require.nonBlank("topicId", topicId), "subscribers")
						.json(JsonBody.create()
							.with("subscriberId", Require.id("subscriberId", subscriberId))
							.with("targetId", Require.nonBlank("targetId", targetId))),
					this.context, Subscriber.class));
	}

	/**
	 * Get subscriber.
	 * @param topicId the topic ID
	 * @param subscriberId the subscriber ID
	 * @return the subscriber
	 */
	public Mono<Subscriber> getSubscriber(String topicId, String subscriberId) {
		return Mono
			.defer(() -> this.transport.call(ApiRequest.get("messaging", "topics", Require.nonBlank("topicId", topicId),
					"subscribers", Require.nonBlank("subscriberId", subscriberId)), this.context, Subscriber.class));
	}

	/**
	 * Delete subscriber.
	 * @param topicId the topic ID
	 * @param subscriberId the subscriber ID
	 * @return completion once done
	 */
	public Mono<Void> deleteSubscriber(String topicId, String subscriberId) {
		return Mono.defer(() -> this.transport.callForNoContent(ApiRequest.delete("messaging", "topics",
				Require.nonBlank("topicId", topicId), "subscribers", Require.nonBlank("subscriberId", subscriberId)),
				this.context));
	}

	/**
	 * Creates an email message; it is sent unless it is a draft or scheduled.
	 * @param messageId the new message's ID, or {@code ID.unique()}
	 * @param subject the subject
	 * @param content the content (HTML if {@code options.html()})
	 * @param options recipients and the rest ({@link EmailOptions#defaults()} sends to
	 * nobody)
	 * @return the message
	 */
	public Mono<Message> createEmail(String messageId, String subject, String content, EmailOptions options) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "messages", "email")
			.json(JsonBody.create()
				.with("messageId", Require.id("messageId", messageId))
				.with("subject", Require.nonBlank("subject", subject))
				.with("content", Require.nonBlank("content", content))
				.withAll(Require.nonNull("options", options))), this.context, Message.class));
	}

	/**
	 * Updates an email message (a draft or a scheduled one).
	 * @param messageId the message ID
	 * @param subject the new subject, or {@code null} to keep it
	 * @param content the new content, or {@code null} to keep it
	 * @param options what else changes ({@code null} components keep theirs)
	 * @return the message
	 */
	public Mono<Message> updateEmail(String messageId, @Nullable String subject, @Nullable String content,
			EmailOptions options) {
		return Mono.defer(() -> this.transport
			.call(ApiRequest.patch("messaging", "messages", "email", Require.nonBlank("messageId", messageId))
				.json(JsonBody.create()
					.with("subject", subject)
					.with("content", content)
					.withAll(Require.nonNull("options", options))), this.context, Message.class));
	}

	/**
	 * Creates a push notification; it is sent unless it is a draft or scheduled.
	 * @param messageId the new message's ID, or {@code ID.unique()}
	 * @param message title, body, recipients and the rest
	 * @return the message
	 */
	public Mono<Message> createPush(String messageId, PushOptions message) {
		return Mono.defer(() -> this.transport.call(ApiRequest.post("messaging", "messages", "push")
			.json(JsonBody.create()
				.with("messageId", Require.id("messageId", messageId))
				.withAll(Require.nonNull("message", message))), this.context, Message.class));
	}

	/**
	 * Updates a push notification (a draft or a scheduled one).
	 * @param messageId the message ID
	 * @param message what changes ({@code null} components keep theirs)
	 * @return the message
	 */
	public Mono<Message> updatePush(String messageId, PushOptions message) {
		return Mono.defer(() -> this.transport.call(
				ApiRequest.patch("messaging", "messages", "push", Require.nonBlank("messageId", messageId))
					.json(JsonBody.create().withAll(Require.nonNull("message", message))),
				this.context, Message.class));
	}

	/**
	 * List messages. Leaves out {@code queries}, {@code search}, {@code total}.
	 * @return the message list
	 */
	public Mono<MessageList> listMessages() {
		return listMessages(null, null, null);
	}

	/**
	 * List messages. Leaves out {@code search}, {@code total}.
	 * @param queries queries
	 * @return the message list
	 */
	public Mono<MessageList> listMessages(List<String> queries) {
		return listMessages(queries, null, null);
	}

	/**
	 * List message logs. Leaves out {@code queries}, {@code total}.
	 * @param messageId the message ID
	 * @return the log list
	 */
	public Mono<LogList> listMessageLogs(String messageId) {
		return listMessageLogs(messageId, null, null);
	}

	/**
	 * List message logs. Leaves out {@code total}.
	 * @param messageId the message ID
	 * @param queries queries
	 * @return the log list
	 */
	public Mono<LogList> listMessageLogs(String messageId, List<String> queries) {
		return listMessageLogs(messageId, queries, null);
	}

	/**
	 * List message targets. Leaves out {@code queries}, {@code total}.
	 * @param messageId the message ID
	 * @return the target list
	 */
	public Mono<TargetList> listTargets(String messageId) {
		return listTargets(messageId, null, null);
	}

	/**
	 * List message targets. Leaves out {@code total}.
	 * @param messageId the message ID
	 * @param queries queries
	 * @return the target list
	 */
	public Mono<TargetList> listTargets(String messageId, List<String> queries) {
		return listTargets(messageId, queries, null);
	}

	/**
	 * List providers. Leaves out {@code queries}, {@code search}, {@code total}.
	 * @return the provider list
	 */
	public Mono<ProviderList> listProviders() {
		return listProviders(null, null, null);
	}

	/**
	 * List providers. Leaves out {@code search}, {@code total}.
	 * @param queries queries
	 * @return the provider list
	 */
	public Mono<ProviderList> listProviders(List<String> queries) {
		return listProviders(queries, null, null);
	}

	/**
	 * List provider logs. Leaves out {@code queries}, {@code total}.
	 * @param providerId the provider ID
	 * @return the log list
	 */
	public Mono<LogList> listProviderLogs(String providerId) {
		return listProviderLogs(providerId, null, null);
	}

	/**
	 * List provider logs. Leaves out {@code total}.
	 * @param providerId the provider ID
	 * @param queries queries
	 * @return the log list
	 */
	public Mono<LogList> listProviderLogs(String providerId, List<String> queries) {
		return listProviderLogs(providerId, queries, null);
	}

	/**
	 * List subscriber logs. Leaves out {@code queries}, {@code total}.
	 * @param subscriberId the subscriber ID
	 * @return the log list
	 */
	public Mono<LogList> listSubscriberLogs(String subscriberId) {
		return listSubscriberLogs(subscriberId, null, null);
	}

	/**
	 * List subscriber logs. Leaves out {@code total}.
	 * @param subscriberId the subscriber ID
	 * @param queries queries
	 * @return the log list
	 */
	public Mono<LogList> listSubscriberLogs(String subscriberId, List<String> queries) {
		return listSubscriberLogs(subscriberId, queries, null);
	}

	/**
	 * List topics. Leaves out {@code queries}, {@code search}, {@code total}.
	 * @return the topic list
	 */
	public Mono<TopicList> listTopics() {
		return listTopics(null, null, null);
	}

	/**
	 * List topics. Leaves out {@code search}, {@code total}.
	 * @param queries queries
	 * @return the topic list
	 */
	public Mono<TopicList> listTopics(List<String> queries) {
		return listTopics(queries, null, null);
	}

	/**
	 * List topic logs. Leaves out {@code queries}, {@code total}.
	 * @param topicId the topic ID
	 * @return the log list
	 */
	public Mono<LogList> listTopicLogs(String topicId) {
		return listTopicLogs(topicId, null, null);
	}

	/**
	 * List topic logs. Leaves out {@code total}.
	 * @param topicId the topic ID
	 * @param queries queries
	 * @return the log list
	 */
	public Mono<LogList> listTopicLogs(String topicId, List<String> queries) {
		return listTopicLogs(topicId, queries, null);
	}

	/**
	 * List subscribers. Leaves out {@code queries}, {@code search}, {@code total}.
	 * @param topicId the topic ID
	 * @return the subscriber list
	 */
	public Mono<SubscriberList> listSubscribers(String topicId) {
		return listSubscribers(topicId, null, null, null);
	}

	/**
	 * List subscribers. Leaves out {@code search}, {@code total}.
	 * @param topicId the topic ID
	 * @param queries queries
	 * @return the subscriber list
	 */
	public Mono<SubscriberList> listSubscribers(String topicId, List<String> queries) {
		return listSubscribers(topicId, queries, null, null);
	}

}
