package io.github.appwritespring.emulator.internal.users;

import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.auth.AuthCollections;
import io.github.appwritespring.emulator.internal.auth.ImportedPasswords;
import io.github.appwritespring.emulator.internal.error.ApiException;
import io.github.appwritespring.emulator.internal.http.Params;
import io.github.appwritespring.emulator.internal.http.Response;
import io.github.appwritespring.emulator.internal.http.Routes;
import io.github.appwritespring.emulator.internal.json.Json;
import io.github.appwritespring.emulator.internal.module.EmulatorContext;
import io.github.appwritespring.emulator.internal.module.RouteModule;
import io.github.appwritespring.emulator.internal.support.AppwriteDates;
import io.github.appwritespring.emulator.internal.webhooks.Events;

/**
 * Users with a password hash imported from elsewhere (API key, scope
 * {@code users.write}): {@code createArgon2User}, {@code createBcryptUser},
 * {@code createMD5User}, {@code createSHAUser}, {@code createPHPassUser},
 * {@code createScryptUser} and {@code createScryptModifiedUser}. The hash is kept as
 * given and checked at sign-in as Appwrite checks it ({@link ImportedPasswords}).
 */
public final class UserImportRoutes implements RouteModule {

	private static final String WRITE = "users.write";

	private static final Pattern BASE64 = Pattern.compile("^[A-Za-z0-9+/]+={0,2}$");

	@Override
	public void register(Routes routes, EmulatorContext context) {
		UserDocuments users = AccountServices.of(context).users();
		routes.post("/users/argon2", WRITE,
				(request) -> create(request.params(), users, context, (params) -> options("argon2", params)));
		routes.post("/users/bcrypt", WRITE,
				(request) -> create(request.params(), users, context, (params) -> options("bcrypt", params)));
		routes.post("/users/md5", WRITE,
				(request) -> create(request.params(), users, context, (params) -> options("md5", params)));
		routes.post("/users/sha", WRITE, (request) -> create(request.params(), users, context, (params) -> {
			ObjectNode options = options("sha", params);
			String version = params.optionalString("passwordVersion").orElse("");
			if (!version.isEmpty() && !ImportedPasswords.SHA_VERSIONS.containsKey(version)) {
				throw ApiException.invalidParam("passwordVersion",
						"Value must be one of (sha1, sha224, sha256, sha384, sha512/224, sha512/256, sha512, sha3-224, sha3-256, sha3-384, sha3-512)");
			}
			options.put("version", version.isEmpty() ? "sha256" : version);
			return options;
		}));
		routes.post("/users/phpass", WRITE,
				(request) -> create(request.params(), users, context, (params) -> options("phpass", params)));
		routes.post("/users/scrypt", WRITE, (request) -> create(request.params(), users, context, (params) -> {
			ObjectNode options = options("scrypt", params);
			String salt = params.text("passwordSalt", 128);
			if (salt.isEmpty()) {
				throw ApiException.invalidParam("passwordSalt", "Salt cannot be empty");
			}
			// Bounds beyond Appwrite's keep one sign-in from taking the emulator's
			// memory.
			int cpu = integer(params, "passwordCpu", 2, 1 << 20);
			if ((cpu & (cpu - 1)) != 0) {
				throw ApiException.invalidParam("passwordCpu", "CPU cost must be > 1 and a power of 2");
			}
			options.put("salt", salt);
			options.put("costCpu", cpu);
			options.put("costMemory", integer(params, "passwordMemory", 1, 32));
			options.put("costParallel", integer(params, "passwordParallel", 1, 16));
			options.put("length", integer(params, "passwordLength", 16, 1024));
			return options;
		}));
		routes.post("/users/scrypt-modified", WRITE, (request) -> create(request.params(), users, context, (params) -> {
			ObjectNode options = options("scryptMod", params);
			options.put("salt", base64(params, "passwordSalt"));
			options.put("saltSeparator", base64(params, "passwordSaltSeparator"));
			options.put("signerKey", base64(params, "passwordSignerKey"));
			return options;
		}));
	}

	private static Response create(Params params, UserDocuments users, EmulatorContext context,
			Function<Params, ObjectNode> hashOptions) {
		String id = params.newId("userId");
		String email = params.email("email");
		ObjectNode options = hashOptions.apply(params);
		String name = params.optionalText("name", 128).orElse("");
		String stored = ImportedPasswords.stored(options);
		ObjectNode user = context.store().write(() -> {
			users.create(id, email, null, null, name, List.of(), context.now());
			return users.update(id, context.now(), (created) -> {
				created.put(AuthCollections.PASSWORD_HASH, stored);
				created.put("passwordUpdate", AppwriteDates.format(context.now()));
			});
		});
		ObjectNode model = UserDocuments.toModel(user);
		Events.userCreated(context, id, model);
		return Response.created(model);
	}

	/** The options every import has: the type and the hash (8 to 256 characters). */
	private static ObjectNode options(String type, Params params) {
		ObjectNode options = Json.object();
		options.put("type", type);
		options.put("hash", params.password("password"));
		return options;
	}

	private static int integer(Params params, String name, int min, int max) {
		JsonNode raw = params.raw(name);
		if (raw == null) {
			throw ApiException.missingParam(name);
		}
		long value;
		if (raw.isIntegralNumber() && raw.canConvertToLong()) {
			value = raw.longValue();
		}
		else if (raw.isString() && raw.stringValue().matches("-?[0-9]{1,10}")) {
			value = Long.parseLong(raw.stringValue());
		}
		else {
			throw ApiException.invalidParam(name, "Value must be a valid integer");
		}
		if (value < min || value > max) {
			throw ApiException.invalidParam(name, "Value must be between " + min + " and " + max + " in the emulator");
		}
		return (int) value;
	}

	private static String base64(Params params, String name) {
		String value = params.text(name, 128);
		if (!BASE64.matcher(value).matches()) {
			throw ApiException.invalidParam(name, "Value must be base64 encoded");
		}
		try {
			Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalidParam(name, "Value must be base64 encoded");
		}
		return value;
	}

}
