package io.github.appwritespring.emulator.internal.webhooks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A registered webhook, as Appwrite's console would store it.
 *
 * @param id the webhook's ID ({@code X-Appwrite-Webhook-Id})
 * @param name its name ({@code X-Appwrite-Webhook-Name})
 * @param url where deliveries are posted, as configured
 * @param events subscribed event names (exact names, which may hold {@code *})
 * @param signatureKey the HMAC key, used as text (never logged)
 * @param httpUser Basic auth user, or null
 * @param httpPass Basic auth password, or null (never logged)
 */
public record WebhookSpec(String id, String name, String url, List<String> events, String signatureKey,
		@Nullable String httpUser, @Nullable String httpPass) {

	public WebhookSpec {
		events = List.copyOf(events);
	}

	@Override
	public String toString() {
		return "WebhookSpec[id=" + this.id + ", name=" + this.name + ", url=" + this.url + ", events=" + this.events
				+ ", signatureKey=<hidden>, httpUser=" + this.httpUser + ", httpPass=<hidden>]";
	}

}
