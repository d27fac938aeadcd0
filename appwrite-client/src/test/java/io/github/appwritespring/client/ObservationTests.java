package io.github.appwritespring.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.RecordingServer.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObservationTests {

	@Test
	void everyCallIsObservedWithLowCardinalityTagsOnly() throws Exception {
		List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

		});
		try (RecordingServer server = new RecordingServer();
				AppwriteClient client = AppwriteClient.builder()
					.endpoint(server.endpoint())
					.projectId("proj")
					.apiKey("secret-key")
					.observationRegistry(registry)
					.build()) {
			server.enqueue(Reply.json(200, Fixtures.USER));
			client.users().get("alice@example.com");
			server.enqueue(Reply.json(404, Fixtures.error(404, "user_not_found", "User not found")));
			assertThatThrownBy(() -> client.users().deleteSession("bob", "s123"))
				.isInstanceOf(AppwriteErrorResponseException.class);
		}
		assertThat(stopped).hasSize(2).allSatisfy((context) -> {
			assertThat(context.getName()).isEqualTo("appwrite.client.requests");
			assertThat(context.getAllKeyValues().toString() + context.getContextualName()).doesNotContain("alice")
				.doesNotContain("bob")
				.doesNotContain("s123")
				.doesNotContain("secret-key");
		});
		assertThat(stopped.get(0).getLowCardinalityKeyValues()).contains(KeyValue.of("appwrite.service", "users"),
				KeyValue.of("appwrite.operation", "GET /users/{id}"), KeyValue.of("outcome", "SUCCESS"),
				KeyValue.of("appwrite.error.type", "none"));
		assertThat(stopped.get(1).getLowCardinalityKeyValues()).contains(
				KeyValue.of("appwrite.operation", "DELETE /users/{id}/sessions/{id}"),
				KeyValue.of("outcome", "CLIENT_ERROR"), KeyValue.of("appwrite.error.type", "user_not_found"));
	}

}
