package io.github.appwritespring.emulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.appwritespring.emulator.TestHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersistenceTests {

	private static final Pattern READY = Pattern
		.compile("^Appwrite emulator ready: endpoint=(\\S+) project=(\\S+) apiKey=(\\S+)$");

	@TempDir
	Path dir;

	@Test
	void dataSurvivesACleanRestart() {
		String secret;
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().dataDir(this.dir).apiKey("key-1").start()) {
			emulator.seedUser("ada", "ada@example.com", "password123", "Ada", "vip");
			secret = TestHttp.key(emulator)
				.post("/account/sessions/email", "{\"email\":\"ada@example.com\",\"password\":\"password123\"}")
				.json()
				.path("secret")
				.asString();
		}
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().dataDir(this.dir).apiKey("key-1").start()) {
			assertThat(TestHttp.key(emulator).get("/users/ada").json().path("labels").toString())
				.isEqualTo("[\"vip\"]");
			assertThat(TestHttp.guest(emulator)
				.with("X-Appwrite-Session", secret)
				.get("/account")
				.json()
				.path("name")
				.asString()).isEqualTo("Ada");
			emulator.reset();
			assertError(TestHttp.key(emulator).get("/users/ada"), 404, "user_not_found");
		}
		try (AppwriteEmulator emulator = AppwriteEmulator.builder().dataDir(this.dir).start()) {
			assertThat(TestHttp.key(emulator).get("/users").json().path("total").asInt()).isZero();
			assertThatThrownBy(() -> AppwriteEmulator.builder().dataDir(this.dir).start())
				.hasMessageContaining("used by another running emulator");
			// A failed start (port taken) releases the data directory it opened.
			Path other = this.dir.resolve("other");
			assertThatThrownBy(() -> AppwriteEmulator.builder().dataDir(other).port(emulator.port()).start())
				.isInstanceOf(java.io.UncheckedIOException.class);
			AppwriteEmulator.builder().dataDir(other).start().close();
		}
	}

	@Test
	void acknowledgedWritesSurviveAKilledProcess() throws Exception {
		Process first = startStandalone();
		try {
			String[] ready = readyLine(first);
			TestHttp admin = TestHttp.raw(ready[0])
				.with("X-Appwrite-Project", ready[1])
				.with("X-Appwrite-Key", ready[2]);
			assertThat(admin
				.post("/users", "{\"userId\":\"ada\",\"email\":\"ada@example.com\",\"password\":\"password123\"}")
				.status()).isEqualTo(201);
			assertThat(admin.patch("/users/ada/name", "{\"name\":\"Ada K\"}").status()).isEqualTo(200);
		}
		finally {
			first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		Process second = startStandalone();
		try {
			String[] ready = readyLine(second);
			TestHttp admin = TestHttp.raw(ready[0])
				.with("X-Appwrite-Project", ready[1])
				.with("X-Appwrite-Key", ready[2]);
			assertThat(admin.get("/users/ada").json().path("name").asString()).isEqualTo("Ada K");
			assertThat(TestHttp.raw(ready[0])
				.with("X-Appwrite-Project", ready[1])
				.post("/account/sessions/email", "{\"email\":\"ada@example.com\",\"password\":\"password123\"}")
				.status()).isEqualTo(201);
		}
		finally {
			second.destroy();
			assertThat(second.waitFor(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(Files.size(this.dir.resolve("store.journal.jsonl"))).as("SIGTERM compacts the journal").isZero();
	}

	private Process startStandalone() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(
				List.of(java, "-cp", System.getProperty("java.class.path"), EmulatorMain.class.getName(), "--data-dir",
						this.dir.toString(), "--project-id", "persist", "--api-key", "standard_test"))
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

	private static String[] readyLine(Process process) throws Exception {
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		assertThat(line).as("ready line").isNotNull();
		Matcher matcher = READY.matcher(line);
		assertThat(matcher.matches()).as(line).isTrue();
		assertThat(matcher.group(2)).isEqualTo("persist");
		assertThat(matcher.group(3)).isEqualTo("standard_test");
		return new String[] { matcher.group(1), matcher.group(2), matcher.group(3) };
	}

}
