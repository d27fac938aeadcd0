package io.github.appwritespring.emulator.internal.messaging;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.storage.StoredFiles;
import io.github.appwritespring.emulator.internal.support.Ids;

/**
 * The {@code data} of a message per type, read from a create or update request as
 * Appwrite 1.8.1 reads it: an email's subject, content, cc, bcc, attachments and html; an
 * SMS's content; a push's title, body, data, action, image, icon, sound, color, tag,
 * badge, contentAvailable, critical and priority.
 */
final class MessageContent {

	/** {@code APP_LIMIT_ARRAY_PARAMS_SIZE}. */
	static final int MAX_IDS = 100;

	private final StoredFiles files;

	MessageContent(StoredFiles files) {
		this.files = files;
	}

	/** A list of IDs ({@code ArrayList(UID)}), if sent. */
	static Optional<List<String>> ids(Params params, String name) {
		return params.optionalStrings(name, MAX_IDS, 36).map((ids) -> {
			for (String id : ids) {
				if (!Ids.isValid(id)) {
					throw ApiException.invalidParam(name, "Value must a valid array and UID must contain at most 36 "
							+ "chars. Valid chars are a-z, A-Z, 0-9, and underscore. Can't start with a leading underscore");
				}
			}
			return List.copyOf(ids);
		});
	}

	/**
	 * Writes the request's settings into {@code data}: on create every setting (with
	 * Appwrite's defaults), on update only those sent.
	 */
	void apply(String type, ObjectNode data, Params params, boolean create) {
		switch (type) {
			case "email" -> email(data, params, create);
			case "sms" -> text(data, params, "content", 64230, create);
			default -> push(data, params, create);
		}
	}

	private void email(ObjectNode data, Params params, boolean create) {
		text(data, params, "subject", 998, create);
		text(data, params, "content", 64230, create);
		flag(data, params, "html", create);
		for (String name : List.of("cc", "bcc")) {
			Optional<List<String>> ids = ids(params, name);
			if (ids.isPresent() || create) {
				data.set(name, Json.strings(ids.orElse(List.of())));
			}
		}
		Optional<List<String>> attachments = params.optionalStrings("attachments", MAX_IDS, 73);
		if (attachments.isPresent() || create) {
			ArrayNode array = Json.array();
			for (String compound : attachments.orElse(List.of())) {
				String[] ids = compound(compound, "attachments");
				this.files.bucket(ids[0]).orElseThrow(MessageContent::bucketNotFound);
				this.files.file(ids[0], ids[1])
					.orElseThrow(() -> ApiException.notFound("storage_file_not_found",
							"The requested file could not be found."));
				ObjectNode attachment = array.addObject();
				attachment.put("bucketId", ids[0]);
				attachment.put("fileId", ids[1]);
			}
			data.set("attachments", array);
		}
	}

	private void push(ObjectNode data, Params params, boolean create) {
		for (String name : List.of("title", "action", "icon", "sound", "color", "tag")) {
			optional(data, params, name, 256);
		}
		optional(data, params, "body", 64230);
		params.optionalObject("data")
			.filter((object) -> !object.isEmpty())
			.ifPresent((object) -> data.set("data", object));
		params.optionalString("image").filter((image) -> !image.isEmpty()).ifPresent((image) -> {
			String[] ids = compound(image, "image");
			this.files.bucket(ids[0]).orElseThrow(MessageContent::bucketNotFound);
			ObjectNode file = this.files.file(ids[0], ids[1]).orElseThrow(MessageContent::bucketNotFound);
			String mimeType = file.path("mimeType").asString("");
			if (!mimeType.equals("image/png") && !mimeType.equals("image/jpeg")) {
				throw new ApiException("storage_file_type_unsupported", 400,
						"The given file extension is not supported.");
			}
			ObjectNode value = data.putObject("image");
			value.put("bucketId", ids[0]);
			value.put("fileId", ids[1]);
		});
		params.optionalLong("badge", Integer.MIN_VALUE, Integer.MAX_VALUE)
			.filter((badge) -> badge >= 0)
			.ifPresent((badge) -> data.put("badge", badge.intValue()));
		for (String name : List.of("contentAvailable", "critical")) {
			params.optionalBool(name).ifPresent((value) -> {
				if (value) {
					data.put(name, true);
				}
				else {
					data.remove(name);
				}
			});
		}
		Optional<String> priority = params.optionalString("priority");
		if (priority.isPresent() && !priority.get().equals("normal") && !priority.get().equals("high")) {
			throw ApiException.invalidParam("priority", "Value must be one of (normal, high)");
		}
		if (priority.isPresent() || create) {
			data.put("priority", priority.orElse("high"));
		}
	}

	private static void text(ObjectNode data, Params params, String name, int max, boolean create) {
		Optional<String> value = params.optionalText(name, max);
		if (create) {
			data.put(name, params.text(name, max));
		}
		else {
			value.ifPresent((text) -> data.put(name, text));
		}
	}

	private static void optional(ObjectNode data, Params params, String name, int max) {
		params.optionalText(name, max).filter((text) -> !text.isEmpty()).ifPresent((text) -> data.put(name, text));
	}

	private static void flag(ObjectNode data, Params params, String name, boolean create) {
		Optional<Boolean> value = params.optionalBool(name);
		if (value.isPresent() || create) {
			data.put(name, value.orElse(false));
		}
	}

	/** Appwrite's {@code CompoundUID}: {@code <BUCKET_ID>:<FILE_ID>}. */
	private static String[] compound(String value, String param) {
		String[] parts = value.split(":", -1);
		if (parts.length != 2 || !Ids.isValid(parts[0]) || !Ids.isValid(parts[1])) {
			throw ApiException.invalidParam(param, "Value must be a valid compound UID, "
					+ "two valid IDs separated by a colon: <BUCKET_ID>:<FILE_ID>");
		}
		return parts;
	}

	private static ApiException bucketNotFound() {
		return ApiException.notFound("storage_bucket_not_found",
				"Storage bucket with the requested ID could not be found.");
	}

}
