package io.github.appwritespring.emulator.internal.messaging;

import java.util.ArrayList;
import java.util.List;

import io.github.appwritespring.emulator.internal.messaging.ProviderField.Check;

/**
 * The eleven provider services of Appwrite 1.8.1, with their settings and what each needs
 * before it may be enabled ({@code app/controllers/api/messaging.php}).
 */
enum ProviderKind {

	MAILGUN("mailgun", "email",
			fields(ProviderField.credential("apiKey"), ProviderField.credential("domain"),
					ProviderField.credential("isEuRegion", Check.BOOLEAN)),
			List.of("isEuRegion", "apiKey", "domain")),

	SENDGRID("sendgrid", "email", fields(ProviderField.credential("apiKey")), List.of("apiKey")),

	RESEND("resend", "email", fields(ProviderField.credential("apiKey")), List.of("apiKey")),

	SMTP("smtp", "email",
			fields(ProviderField.credential("host"),
					ProviderField.alwaysCredential("port", Check.PORT, ProviderField.integer(587)),
					ProviderField.alwaysCredential("username", Check.TEXT, ProviderField.text("")),
					ProviderField.alwaysCredential("password", Check.TEXT, ProviderField.text("")),
					ProviderField.alwaysOption("encryption", Check.ENCRYPTION, ProviderField.text("")),
					ProviderField.alwaysOption("autoTLS", Check.BOOLEAN, ProviderField.bool(true)),
					ProviderField.alwaysOption("mailer", Check.TEXT, ProviderField.text(""))),
			List.of("host")),

	// Appwrite 1.8.1 asks a new Msg91 provider for a "from" option it never stores, so
	// only
	// an update can enable one.
	MSG91("msg91", "sms",
			List.of(ProviderField.credential("templateId"), ProviderField.credential("senderId"),
					ProviderField.credential("authKey")),
			List.of("senderId", "authKey", "from"), List.of("senderId", "authKey", "templateId")),

	TELESIGN("telesign", "sms", sms("customerId", "apiKey"), List.of("customerId", "apiKey", "from")),

	TEXTMAGIC("textmagic", "sms", sms("username", "apiKey"), List.of("username", "apiKey", "from")),

	TWILIO("twilio", "sms", sms("accountSid", "authToken"), List.of("accountSid", "authToken", "from")),

	VONAGE("vonage", "sms", sms("apiKey", "apiSecret"), List.of("apiKey", "apiSecret", "from")),

	FCM("fcm", "push", List.of(ProviderField.credential("serviceAccountJSON", Check.JSON)),
			List.of("serviceAccountJSON")),

	APNS("apns", "push",
			List.of(ProviderField.credential("authKey"), ProviderField.credential("authKeyId"),
					ProviderField.credential("teamId"), ProviderField.credential("bundleId"),
					ProviderField.alwaysOption("sandbox", Check.BOOLEAN, ProviderField.bool(false))),
			List.of("authKey", "authKeyId", "teamId", "bundleId"));

	private final String provider;

	private final String type;

	private final List<ProviderField> fields;

	private final List<String> neededToCreate;

	private final List<String> neededToUpdate;

	ProviderKind(String provider, String type, List<ProviderField> fields, List<String> needed) {
		this(provider, type, fields, needed, needed);
	}

	ProviderKind(String provider, String type, List<ProviderField> fields, List<String> neededToCreate,
			List<String> neededToUpdate) {
		this.provider = provider;
		this.type = type;
		this.fields = fields;
		this.neededToCreate = neededToCreate;
		this.neededToUpdate = neededToUpdate;
	}

	/** The path segment and {@code provider} value, e.g. {@code mailgun}. */
	String provider() {
		return this.provider;
	}

	/** {@code email}, {@code sms} or {@code push}. */
	String type() {
		return this.type;
	}

	List<ProviderField> fields() {
		return this.fields;
	}

	/**
	 * The settings a provider needs to be enabled (an email provider also needs a
	 * non-empty {@code fromEmail}).
	 */
	List<String> needed(boolean create) {
		List<String> needed = new ArrayList<>(create ? this.neededToCreate : this.neededToUpdate);
		if (this.type.equals("email")) {
			needed.add("fromEmail");
		}
		return needed;
	}

	/** Email providers' sender and reply-to options, stored even when empty. */
	private static List<ProviderField> fields(ProviderField... credentials) {
		List<ProviderField> fields = new ArrayList<>(List.of(credentials));
		fields.add(ProviderField.alwaysOption("fromName", Check.TEXT128, ProviderField.text("")));
		fields.add(ProviderField.alwaysOption("fromEmail", Check.EMAIL, ProviderField.text("")));
		fields.add(ProviderField.alwaysOption("replyToName", Check.TEXT128, ProviderField.text("")));
		fields.add(ProviderField.alwaysOption("replyToEmail", Check.EMAIL, ProviderField.text("")));
		return List.copyOf(fields);
	}

	/** SMS providers: two credentials and a {@code from} phone number option. */
	private static List<ProviderField> sms(String first, String second) {
		return List.of(ProviderField.option("from", Check.PHONE), ProviderField.credential(first),
				ProviderField.credential(second));
	}

}
