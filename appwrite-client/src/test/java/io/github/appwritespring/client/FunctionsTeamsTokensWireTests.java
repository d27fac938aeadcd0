package io.github.appwritespring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.appwritespring.client.RecordingServer.Recorded;
import io.github.appwritespring.client.RecordingServer.Reply;
import io.github.appwritespring.client.model.Execution;
import io.github.appwritespring.client.model.Membership;
import io.github.appwritespring.client.model.ResourceToken;
import io.github.appwritespring.client.model.Team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionsTeamsTokensWireTests extends ServiceWireTests {

	private static final String EXECUTION = """
			{"$id":"e1","$createdAt":"","$updatedAt":"","$permissions":[],"functionId":"wordcount","trigger":"http",
			"status":"completed","requestMethod":"POST","requestPath":"/count?x=1",
			"requestHeaders":[{"name":"content-type","value":"text/plain"}],"responseStatusCode":200,
			"responseBody":"{\\"words\\":3}","responseHeaders":[],"logs":"","errors":"","duration":0.012}""";

	private static final String MEMBERSHIP = """
			{"$id":"m1","$createdAt":"","$updatedAt":"","userId":"alice","userName":"Alice","userEmail":"a@x.io",
			"teamId":"t1","teamName":"Team","invited":"","joined":"","confirm":true,"mfa":false,"roles":["editor"]}""";

	@Test
	void functionExecutions() throws Exception {
		this.server.enqueue(Reply.json(201, EXECUTION));
		Execution execution = this.admin.withSession("s")
			.functions()
			.createExecution("wordcount", "one two three", false, "/count?x=1", "POST",
					Map.of("content-type", "text/plain"));
		assertThat(execution.responseBody()).isEqualTo("{\"words\":3}");
		assertThat(execution.requestHeaders()).containsExactly(new Execution.Header("content-type", "text/plain"));
		Recorded request = this.server.take();
		assertThat(request.path()).isEqualTo("/v1/functions/wordcount/executions");
		assertThat(request.bodyText()).isEqualTo("{\"body\":\"one two three\",\"async\":false,\"path\":\"/count?x=1\","
				+ "\"method\":\"POST\",\"headers\":{\"content-type\":\"text/plain\"}}");

		this.server.enqueue(Reply.json(200, "{\"total\":1,\"executions\":[" + EXECUTION + "]}"));
		assertThat(this.admin.functions().listExecutions("wordcount", null).executions()).hasSize(1);
		this.server.take();

		this.server.enqueue(Reply.empty(204));
		this.admin.functions().deleteExecution("wordcount", "e1");
		assertThat(this.server.take().path()).isEqualTo("/v1/functions/wordcount/executions/e1");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.functions().createExecution("wordcount", null, true, "/", "FETCH", null))
			.withMessageContaining("'method'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.functions().createExecution("wordcount", null, true, "count", null, null))
			.withMessageContaining("'path'");
	}

	@Test
	void teamsAndMemberships() throws Exception {
		this.server.enqueue(Reply.json(201, "{\"$id\":\"t1\",\"$createdAt\":\"\",\"$updatedAt\":\"\",\"name\":\"Team\","
				+ "\"total\":0,\"prefs\":{}}"));
		Team team = this.admin.teams().create("t1", "Team", null);
		assertThat(team.total()).isZero();
		assertThat(this.server.take().bodyText()).isEqualTo("{\"teamId\":\"t1\",\"name\":\"Team\"}");

		this.server.enqueue(Reply.json(201, MEMBERSHIP));
		Membership membership = this.admin.teams()
			.createMembership("t1", List.of("editor"), null, "alice", null, null, null);
		assertThat(membership.roles()).containsExactly("editor");
		Recorded create = this.server.take();
		assertThat(create.path()).isEqualTo("/v1/teams/t1/memberships");
		assertThat(create.bodyText()).isEqualTo("{\"roles\":[\"editor\"],\"userId\":\"alice\"}");

		this.server.enqueue(Reply.json(200, MEMBERSHIP));
		this.admin.teams().updateMembership("t1", "m1", List.of("owner"));
		Recorded update = this.server.take();
		assertThat(update.method()).isEqualTo("PATCH");
		assertThat(update.bodyText()).isEqualTo("{\"roles\":[\"owner\"]}");

		this.server.enqueue(Reply.json(200, "{\"theme\":\"dark\"}"));
		assertThat(this.admin.teams().updatePrefs("t1", Map.of("theme", "dark"))).containsEntry("theme", "dark");
		assertThat(this.server.take().path()).isEqualTo("/v1/teams/t1/prefs");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.admin.teams().createMembership("t1", List.of(), null, null, null, null, null))
			.withMessageContaining("'email', 'userId' or 'phone'");
		this.server.enqueue(Reply.json(404, Fixtures.error(404, "team_not_found", "Team not found")));
		assertThatThrownBy(() -> this.admin.teams().get("nope")).isInstanceOfSatisfying(
				AppwriteErrorResponseException.class, (ex) -> assertThat(ex.getType()).isEqualTo("team_not_found"));
	}

	@Test
	void fileTokensHideTheirSecret() throws Exception {
		this.server.enqueue(Reply.json(201, "{\"$id\":\"tok\",\"$createdAt\":\"\",\"resourceId\":\"media:f1\","
				+ "\"resourceType\":\"files\",\"expire\":\"\",\"secret\":\"eyJ.secret.jwt\",\"accessedAt\":\"\"}"));
		ResourceToken token = this.admin.tokens().createFileToken("media", "f1", null);
		assertThat(token.secret()).isEqualTo("eyJ.secret.jwt");
		assertThat(token.toString()).doesNotContain("eyJ.secret.jwt");
		Recorded request = this.server.take();
		assertThat(request.path()).isEqualTo("/v1/tokens/buckets/media/files/f1");
		assertThat(request.bodyText()).isEqualTo("{}");

		this.server.enqueue(Reply.empty(204));
		this.admin.tokens().delete("tok");
		assertThat(this.server.take().path()).isEqualTo("/v1/tokens/tok");
	}

}
