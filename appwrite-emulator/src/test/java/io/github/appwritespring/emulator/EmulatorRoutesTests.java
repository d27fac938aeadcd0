package io.github.appwritespring.emulator;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.emulator.internal.http.AppwriteOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the emulator serves under {@code /v1} is an operation of Appwrite 1.8.1 (or
 * an alias Appwrite serves), so the 501 for unserved operations and the coverage figures
 * of {@link EmulatorSpecCoverageTests} are not thrown off by a mistyped route.
 */
class EmulatorRoutesTests {

	/**
	 * Paths Appwrite 1.8.1 serves that its spec does not list: aliases in
	 * {@code app/controllers/api/account.php} and the MFA module's own path.
	 */
	private static final Set<String> APPWRITE_ALIASES = Set.of("POST /account/verification",
			"PUT /account/verification", "POST /account/verification/phone", "PUT /account/verification/phone",
			"POST /account/mfa/challenges", "PUT /account/mfa/challenges");

	@Test
	void everyServedRouteUnderAnAppwriteServiceIsAnAppwriteOperation() {
		// Guards against typos in templates: a route the operations list does not know is
		// the emulator's own (its consent page, GET /health/version), an alias Appwrite
		// also serves, or a mistake.
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().start()) {
			var operations = AppwriteOperations.appwrite181().all();
			var unknown = emulator.routes()
				.all()
				.stream()
				.filter((route) -> !route.outsideApi())
				.filter((route) -> operations.stream()
					.noneMatch((operation) -> operation.method().equals(route.method()) && operation.template()
						.replaceAll("\\{[^/}]+}", "{}")
						.equals(route.template().replaceAll("\\{[^/}]+}", "{}"))))
				.map((route) -> route.method() + " " + route.template())
				.sorted()
				.toList();
			System.out.println("Emulator routes outside Appwrite 1.8.1's server spec: " + unknown);
			assertThat(unknown).allMatch((route) -> route.contains("/emulator/") || route.equals("GET /health/version")
					|| APPWRITE_ALIASES.contains(route));
		}
	}

}
