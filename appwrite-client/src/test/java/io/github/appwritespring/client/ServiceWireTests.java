package io.github.appwritespring.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the per-service wire tests: a fresh recording server for each test and an admin
 * client (API key {@code key}) pointed at it.
 */
abstract class ServiceWireTests {

	RecordingServer server;

	AppwriteClient admin;

	@BeforeEach
	void startServer() throws Exception {
		this.server = new RecordingServer();
		this.admin = this.server.client("key");
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

}
