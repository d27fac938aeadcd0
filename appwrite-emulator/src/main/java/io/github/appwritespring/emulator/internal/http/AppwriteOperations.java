package io.github.appwritespring.emulator.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operations of Appwrite 1.8.1's server API (method and path template, e.g.
 * {@code POST /users/argon2} is {@code users.createArgon2User}), read from
 * {@code appwrite-1.8.1-operations.tsv} beside this class. That file is derived from
 * Appwrite's own spec ({@code AppwriteOperationsTests} checks it against a copy of the
 * spec). The server uses it to tell a request Appwrite would serve but the emulator does
 * not (501 {@code general_not_implemented}) from one that is no Appwrite route at all
 * (404 {@code general_route_not_found}).
 */
public final class AppwriteOperations {

	/** The resource name of the operations list, beside this class. */
	public static final String RESOURCE = "appwrite-1.8.1-operations.tsv";

	private final List<Operation> operations;

	private AppwriteOperations(List<Operation> operations) {
		this.operations = List.copyOf(operations);
	}

	/** Appwrite 1.8.1's server operations, read once on first use. */
	public static AppwriteOperations appwrite181() {
		return Holder.INSTANCE;
	}

	/**
	 * Parses the tab-separated list: service, SDK method, HTTP method, path template
	 * (relative to {@code /v1}), scope; lines starting with {@code #} are comments.
	 */
	public static AppwriteOperations parse(String tsv) {
		List<Operation> operations = new ArrayList<>();
		for (String line : tsv.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (fields.length != 5) {
				throw new IllegalArgumentException("Expected 5 tab-separated fields: " + line);
			}
			operations.add(new Operation(fields[0], fields[1], fields[2], fields[3], fields[4]));
		}
		return new AppwriteOperations(operations);
	}

	/** Every operation, in the order of the list (service, path, method). */
	public List<Operation> all() {
		return this.operations;
	}

	/**
	 * The operation whose template fits a method and decoded path (relative to
	 * {@code /v1}); when several fit, the one with the most literal segments.
	 */
	public Optional<Operation> find(String method, List<String> pathSegments) {
		Operation best = null;
		int bestLiterals = -1;
		for (Operation operation : this.operations) {
			if (operation.method().equals(method) && operation.matches(pathSegments)) {
				int literals = operation.literalCount();
				if (literals > bestLiterals) {
					best = operation;
					bestLiterals = literals;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * One Appwrite operation.
	 *
	 * @param service the SDK service (the spec's tag), e.g. {@code users}
	 * @param name the SDK method, e.g. {@code createArgon2User}
	 * @param method the HTTP method, upper case
	 * @param template the path template relative to {@code /v1}, e.g.
	 * {@code /users/{userId}}
	 * @param scope the scope Appwrite requires (comma-separated when it takes either of
	 * two)
	 */
	public record Operation(String service, String name, String method, String template, String scope) {

		/** {@code service.name}, e.g. {@code users.createArgon2User}. */
		public String qualifiedName() {
			return this.service + "." + this.name;
		}

		boolean matches(List<String> pathSegments) {
			String[] segments = segments();
			if (segments.length != pathSegments.size()) {
				return false;
			}
			for (int i = 0; i < segments.length; i++) {
				String expected = segments[i];
				String actual = pathSegments.get(i);
				if (expected.startsWith("{") ? actual.isEmpty() : !expected.equals(actual)) {
					return false;
				}
			}
			return true;
		}

		int literalCount() {
			int count = 0;
			for (String segment : segments()) {
				if (!segment.startsWith("{")) {
					count++;
				}
			}
			return count;
		}

		private String[] segments() {
			return this.template.substring(1).split("/", -1);
		}

	}

	private static final class Holder {

		static final AppwriteOperations INSTANCE = load();

		private static AppwriteOperations load() {
			try (InputStream in = AppwriteOperations.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource " + RESOURCE + " beside AppwriteOperations");
				}
				return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
