package io.github.appwritespring.emulator.internal.mail;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.Scopes;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.error.ErrorTypes;
import io.github.appwritespring.emulator.internal.http.ApiRequest;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.mail.Message;

/**
 * The mailbox over HTTP, outside {@code /v1} so it can never collide with Appwrite's API:
 * {@code GET /_emulator/messages[?to=]} (JSON, newest first) and
 * {@code DELETE /_emulator/messages}, both with the API key in {@code X-Appwrite-Key};
 * {@code GET /_emulator/mailbox}, an HTML page for a person in a browser.
 */
public final class MailRoutes implements RouteModule {

	@Override
	public void register(Routes routes, EmulatorContext context) {
		MailboxService mailbox = MailboxService.of(context);

		routes.outsideApi("GET", "/_emulator/messages", Scopes.PUBLIC, (request) -> {
			requireKey(request);
			List<Message> messages = newestFirst(mailbox, request);
			ArrayNode list = Json.array();
			messages.forEach((message) -> list.add(MailboxService.toJson(message)));
			ObjectNode body = Json.object();
			body.put("total", messages.size());
			body.set("messages", list);
			return Response.ok(body).header("Cache-Control", "no-store");
		});

		routes.outsideApi("DELETE", "/_emulator/messages", Scopes.PUBLIC, (request) -> {
			requireKey(request);
			mailbox.clear();
			return Response.noContent();
		});

		routes.outsideApi("GET", "/_emulator/mailbox", Scopes.PUBLIC, (request) -> {
			requireKnownHost(request, context);
			return Response.html(200, MailboxPage.render(newestFirst(mailbox, request), context.projectId()))
				.header("Cache-Control", "no-store")
				.header("Referrer-Policy", "no-referrer")
				.header("X-Content-Type-Options", "nosniff")
				.header("X-Frame-Options", "DENY")
				.header("Content-Security-Policy",
						"default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'");
		});
	}

	/**
	 * The page needs no key, so it answers only requests addressed to a host name the
	 * emulator knows: a web page that points its own domain at 127.0.0.1 (DNS rebinding)
	 * cannot read the mailbox.
	 */
	private static void requireKnownHost(ApiRequest request, EmulatorContext context) {
		String host = request.header("Host").orElse("").trim().toLowerCase(Locale.ROOT);
		if (host.startsWith("[")) {
			int end = host.indexOf(']');
			host = (end < 0) ? host : host.substring(0, end + 1);
		}
		else if (host.indexOf(':') >= 0) {
			host = host.substring(0, host.indexOf(':'));
		}
		Set<String> known = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
		known.add(URI.create(context.endpoint()).getHost().toLowerCase(Locale.ROOT));
		known.add(context.config().host().toLowerCase(Locale.ROOT));
		known.addAll(context.config().allowedRedirectHosts());
		if (!known.contains(host)) {
			throw new ApiException("general_unknown_origin", 403,
					"The mailbox page answers only requests to the emulator's own host names.");
		}
	}

	private static List<Message> newestFirst(MailboxService mailbox, ApiRequest request) {
		String to = request.query().optionalString("to").orElse("").trim();
		List<Message> messages = new ArrayList<>(to.isEmpty() ? mailbox.messages() : mailbox.messagesTo(to));
		Collections.reverse(messages);
		return messages;
	}

	private static void requireKey(ApiRequest request) {
		if (!request.caller().isKey()) {
			throw new ApiException(ErrorTypes.GENERAL_UNAUTHORIZED_SCOPE, 401,
					"The emulator's messages need its API key in the X-Appwrite-Key header.");
		}
	}

}
