package io.github.appwritespring.emulator.junit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppwriteEmulatorExtensionTests {

	@RegisterExtension
	static AppwriteEmulatorExtension appwrite = new AppwriteEmulatorExtension(
			() -> AppwriteEmulator.builder().projectId("ext-test"));

	static AppwriteEmulator first;

	@Test
	@Order(1)
	void injectsTheConfiguredEmulator(AppwriteEmulator emulator) {
		first = emulator;
		assertThat(emulator).isSameAs(appwrite.emulator());
		assertThat(emulator.projectId()).isEqualTo("ext-test");
		emulator.seedUser("ada@example.com", "password123");
		assertThat(TestHttp.key(emulator).get("/users").json().path("total").asInt()).isEqualTo(1);
	}

	@Test
	@Order(2)
	void sameEmulatorResetBeforeEachTest(AppwriteEmulator emulator) {
		assertThat(emulator).isSameAs(first);
		assertThat(TestHttp.key(emulator).get("/users").json().path("total").asInt()).isZero();
	}

	@Nested
	class Inner {

		@Test
		void nestedClassesShareIt(AppwriteEmulator emulator) {
			assertThat(emulator).isSameAs(appwrite.emulator());
			assertThat(emulator.projectId()).isEqualTo("ext-test");
		}

	}

}
