package io.github.appwritespring.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.appwritespring.client.transport.AppwriteTransport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code selfSigned(true)} against a real HTTPS server whose certificate is self-signed
 * and names another host.
 */
class SelfSignedTlsTests {

	private static final String KEY = "standard_tls_key";

	private static HttpsServer server;

	@BeforeAll
	static void startHttpsServer(@TempDir Path dir) throws Exception {
		Path keystore = dir.resolve("server.p12");
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "appwrite", "-keyalg", "EC",
				"-groupname", "secp256r1", "-dname", "CN=appwrite.invalid", "-validity", "2", "-storetype", "PKCS12",
				"-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();

		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, "changeit".toCharArray());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keys.getKeyManagers(), null, null);

		server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(tls));
		server.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			byte[] body = "{\"name\":\"http\",\"ping\":1,\"status\":\"pass\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

	@AfterAll
	static void stopHttpsServer() {
		server.stop(0);
	}

	private static String endpoint() {
		return "https://127.0.0.1:" + server.getAddress().getPort() + "/v1";
	}

	@Test
	void certificatesAreCheckedByDefault() {
		try (AppwriteClient client = AppwriteClient.builder()
			.endpoint(endpoint())
			.projectId("proj")
			.apiKey(KEY)
			.responseTimeout(Duration.ofSeconds(5))
			.build()) {
			assertThatThrownBy(() -> client.health().get()).isInstanceOf(AppwriteConnectionException.class)
				.hasMessageContaining("GET /health")
				.hasMessageNotContaining(KEY);
		}
	}

	@Test
	void selfSignedTrustsTheCertificateAndWarnsWithoutTheKey() {
		List<LogRecord> records;
		try (CapturedLog log = new CapturedLog(AppwriteTransport.class);
				AppwriteClient client = AppwriteClient.builder()
					.endpoint(endpoint())
					.projectId("proj")
					.apiKey(KEY)
					.selfSigned(true)
					.responseTimeout(Duration.ofSeconds(5))
					.build()) {
			assertThat(client.health().get().isPass()).isTrue();
			records = log.records();
		}
		assertThat(records).anySatisfy((logRecord) -> {
			assertThat(logRecord.getLevel()).isEqualTo(Level.WARNING);
			assertThat(logRecord.getMessage()).contains("selfSigned=true").doesNotContain(KEY);
		});
	}

}
