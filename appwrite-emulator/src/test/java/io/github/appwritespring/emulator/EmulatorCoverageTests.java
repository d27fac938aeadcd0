package io.github.appwritespring.emulator;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.emulator.internal.http.AppwriteOperations;
import io.github.appwritespring.emulator.internal.http.AppwriteOperations.Coverage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how much of Appwrite 1.8.1's server API the emulator serves, per service (the
 * figures in the emulator's README come from here).
 */
class EmulatorCoverageTests {

	/**
	 * Paths Appwrite 1.8.1 serves that its spec does not list: aliases in
	 * {@code app/controllers/api/account.php} and the MFA module's own path.
	 */
	private static final Set<String> APPWRITE_ALIASES = Set.of("POST /account/verification",
			"PUT /account/verification", "POST /account/verification/phone", "PUT /account/verification/phone",
			"POST /account/mfa/challenges", "PUT /account/mfa/challenges");

	@Test
	void printsServedOperationsPerService() {
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().start()) {
			Map<String, Coverage> coverage = AppwriteOperations.appwrite181().coverage(emulator.routes());
			int served = 0;
			int total = 0;
			StringBuilder table = new StringBuilder("Appwrite 1.8.1 operations served by the emulator:\n");
			for (Map.Entry<String, Coverage> service : coverage.entrySet()) {
				table.append(String.format("  %-10s %3d / %3d%n", service.getKey(), service.getValue().served(),
						service.getValue().total()));
				served += service.getValue().served();
				total += service.getValue().total();
			}
			table.append(String.format("  %-10s %3d / %3d%n", "all", served, total));
			System.out.print(table);
			assertThat(total).isEqualTo(375);
			assertThat(coverage.get("health").served()).isGreaterThan(0);
		}
	}

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
