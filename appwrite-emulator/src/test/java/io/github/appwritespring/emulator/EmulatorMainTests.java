package io.github.appwritespring.emulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.emulator.internal.module.EmulatorConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatorMainTests {

	@Test
	void parsesEveryFlag() {
		ByteArrayOutputStream warnings = new ByteArrayOutputStream();
		EmulatorConfig config = EmulatorMain
			.parse(new String[] { "--host", "0.0.0.0", "--port", "8123", "--project-id", "demo", "--api-key",
					"standard_x", "--data-dir", "/tmp/emu", "--fsync", "--no-rate-limits", "--session-length", "60",
					"--max-sessions", "3", "--allowed-redirect-host", "App.Test", "--threads", "8" },
					new PrintStream(warnings, true, StandardCharsets.UTF_8))
			.config();
		assertThat(config.host()).isEqualTo("0.0.0.0");
		assertThat(config.port()).isEqualTo(8123);
		assertThat(config.projectId()).isEqualTo("demo");
		assertThat(config.apiKey()).isEqualTo("standard_x");
		assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/emu"));
		assertThat(config.fsync()).isTrue();
		assertThat(config.rateLimits()).isFalse();
		assertThat(config.sessionLength()).isEqualTo(Duration.ofSeconds(60));
		assertThat(config.maxSessionsPerUser()).isEqualTo(3);
		assertThat(config.allowedRedirectHosts()).containsExactly("app.test");
		assertThat(config.threads()).isEqualTo(8);
		assertThat(warnings.toString(StandardCharsets.UTF_8)).contains("WARNING").contains("0.0.0.0");
		assertThat(config.toString()).doesNotContain("standard_x");
	}

	@Test
	void defaultsAndBadArguments() {
		EmulatorConfig config = EmulatorMain.parse(new String[0], System.err).config();
		assertThat(config.host()).isEqualTo("127.0.0.1");
		assertThat(config.port()).isZero();
		assertThat(config.projectId()).isEqualTo("emulator");
		assertThat(config.apiKey()).matches("standard_[0-9a-f]{256}");
		assertThat(EmulatorMain.parse(new String[] { "--help" }, System.err)).isNull();
		assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--port" }, System.err))
			.hasMessageContaining("--port needs a value");
		assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--port", "x" }, System.err))
			.hasMessageContaining("whole number");
		assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--bogus" }, System.err))
			.hasMessageContaining("unknown option --bogus");
		assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--project-id", "../x" }, System.err))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void webhookFlags() {
		AppwriteEmulator.Builder builder = EmulatorMain.parse(new String[] { "--webhook", "http://localhost:9000/hook",
				"--webhook-events", "users.*, teams.*", "--webhook-signature-key", "sig", "--webhook-basic-auth",
				"user:pa:ss", "--webhook-name", "cache", "--webhook-id", "cache-hook", "--webhook",
				"https://example.com/other", "--webhook-events", "users.*.sessions.*.delete" }, System.err);
		assertThat(builder.webhooks()).hasSize(2);
		Webhook first = builder.webhooks().get(0);
		assertThat(first.url()).isEqualTo("http://localhost:9000/hook");
		assertThat(first.events()).containsExactly("users.*", "teams.*");
		assertThat(first.signatureKey()).isEqualTo("sig");
		assertThat(first.httpUser()).isEqualTo("user");
		assertThat(first.httpPassword()).isEqualTo("pa:ss");
		assertThat(first.name()).isEqualTo("cache");
		assertThat(first.id()).isEqualTo("cache-hook");
		assertThat(builder.webhooks().get(1).events()).containsExactly("users.*.sessions.*.delete");
		assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--webhook", "http://localhost/h" }, System.err))
			.hasMessageContaining("--webhook-events");
		assertThatThrownBy(() -> EmulatorMain.parse(new String[] { "--webhook-events", "users.*" }, System.err))
			.hasMessageContaining("must follow a --webhook URL");
	}

}
