package io.github.appwritespring.sample.http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.appwritespring.autoconfigure.AppwriteConnectionDetails;
import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.AppwriteErrorResponseException;
import io.github.appwritespring.client.ID;
import io.github.appwritespring.client.InputFile;
import io.github.appwritespring.client.Permission;
import io.github.appwritespring.client.Role;
import io.github.appwritespring.client.model.Row;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.sample.SampleProperties;
import io.github.appwritespring.sample.notes.Note;
import io.github.appwritespring.sample.provision.AppwriteProvisioner;
import io.github.appwritespring.sample.sharing.NoteSharing;
import io.github.appwritespring.test.AutoConfigureAppwriteEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the sample's security review found, over real HTTP on the emulator: a note's owner
 * comes from Appwrite's permissions, not from a column anyone can write; sharing says
 * nothing about which accounts exist and is rate-limited per user; shares at the same
 * moment all keep their access; readers see the attachments.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.development=true")
@AutoConfigureAppwriteEmulator
class NoteSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	AppwriteEmulator emulator;

	@Autowired
	AppwriteConnectionDetails appwrite;

	@Autowired
	AppwriteClient admin;

	@Autowired
	AppwriteProvisioner provisioner;

	@Autowired
	SampleProperties properties;

	@BeforeEach
	void provision() {
		this.provisioner.provision();
	}

	@Test
	void aRowNamingSomeoneElseAsOwnerIsNotTheirs() {
		String victim = newUser("victim");
		String attacker = newUser("attacker");
		AppwriteClient attackerClient = this.admin.withSession(this.emulator.createSession(attacker));
		Row<Note> forged = attackerClient.tablesDb()
			.createRow(this.properties.databaseId(), this.properties.notesTableId(), ID.unique(),
					new Note("Pay me", "forged", victim, "Victim Themselves", List.of(), List.of()),
					List.of(Permission.read(Role.users()), Permission.update(Role.user(attacker)),
							Permission.delete(Role.user(attacker))),
					Note.class);
		SampleHttp victimHttp = as(victim);
		String list = victimHttp.get("/notes").body();
		assertThat(list).as("not among the victim's notes, nor shared with them").doesNotContain("Pay me");
		String page = victimHttp.get("/notes/" + forged.id()).body();
		assertThat(page)
			.as("readable (read for all users), but not the victim's: no Edit, and who shared it "
					+ "is Appwrite's name of the real owner, not the column")
			.doesNotContain("id=\"edit\"")
			.doesNotContain("Victim Themselves")
			.contains("Shared with you by Attacker User");
		assertThat(victimHttp
			.postForm("/notes/" + forged.id(), "/notes/" + forged.id() + "/share",
					Map.of("email", "someone@example.com"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void appwriteRefusesAUserGrantingAnotherUserTheirOwnRights() {
		String victim = newUser("victim");
		String attacker = newUser("attacker");
		AppwriteClient attackerClient = this.admin.withSession(this.emulator.createSession(attacker));
		assertThatExceptionOfType(AppwriteErrorResponseException.class)
			.as("the fact the ownership rule rests on: a user grants only roles they hold")
			.isThrownBy(() -> attackerClient.tablesDb()
				.createRow(this.properties.databaseId(), this.properties.notesTableId(), ID.unique(),
						new Note("Mine now", null, victim, null, List.of(), List.of()),
						List.of(Permission.read(Role.user(victim)), Permission.update(Role.user(victim)),
								Permission.delete(Role.user(victim))),
						Note.class));
	}

	@Test
	void sharingAnswersTheSameWhetherAnAccountExistsOrNot() {
		String owner = newUser("owner");
		String reader = newUser("reader");
		SampleHttp ownerHttp = as(owner);
		String path = createNote(ownerHttp, "Shared");
		HttpResponse<String> existing = ownerHttp.postForm(path, path + "/share", Map.of("email", email(reader)));
		HttpResponse<String> unknown = ownerHttp.postForm(path, path + "/share",
				Map.of("email", "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com"));
		assertThat(existing.statusCode()).isEqualTo(302);
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(existing.headers().firstValue("Location"));
		String page = ownerHttp.get(path).body();
		assertThat(page).contains(email(reader)).contains("nobody-");
		assertThat(as(reader).get(path).statusCode()).isEqualTo(200);
	}

	@Test
	void sharingIsCappedPerUserEvenWhenAskedForAtOnce() throws Exception {
		String owner = newUser("sharer");
		SampleHttp ownerHttp = as(owner);
		String path = createNote(ownerHttp, "Many shares");
		List<Integer> statuses = atOnce(NoteSharing.SHARES_PER_HOUR + 10,
				(i) -> ownerHttp.postForm(path, path + "/share", Map.of("email", "p" + i + "@example.com"))
					.statusCode());
		assertThat(statuses).filteredOn((status) -> status == 302).hasSize(NoteSharing.SHARES_PER_HOUR);
		assertThat(statuses).filteredOn((status) -> status == 429).hasSize(10);
	}

	@Test
	void sharesAtTheSameMomentAllKeepTheirAccess() throws Exception {
		String owner = newUser("owner");
		List<String> readers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			readers.add(newUser("reader"));
		}
		SampleHttp ownerHttp = as(owner);
		String path = createNote(ownerHttp, "Busy note");
		List<Integer> statuses = atOnce(readers.size(),
				(i) -> ownerHttp.postForm(path, path + "/share", Map.of("email", email(readers.get(i)))).statusCode());
		assertThat(statuses).containsOnly(302);
		for (String reader : readers) {
			assertThat(as(reader).get(path).statusCode()).as("reader %s kept access", reader).isEqualTo(200);
		}
		String page = ownerHttp.get(path).body();
		readers.forEach((reader) -> assertThat(page).contains(email(reader)));
	}

	@Test
	void readersSeeTheAttachmentsAlsoThoseAddedAfterSharing() {
		String owner = newUser("owner");
		String reader = newUser("reader");
		SampleHttp ownerHttp = as(owner);
		String path = createNote(ownerHttp, "With files");
		String noteId = path.substring("/notes/".length());
		Row<Note> note = this.admin.tablesDb()
			.getRow(this.properties.databaseId(), this.properties.notesTableId(), noteId, null, Note.class);
		AppwriteClient ownerClient = this.admin.withSession(this.emulator.createSession(owner));
		String before = ownerClient.storage()
			.createFile(this.properties.bucketId(), ID.unique(),
					InputFile.fromBytes("before".getBytes(), "before.txt", "text/plain"),
					List.of(Permission.read(Role.user(owner)), Permission.update(Role.user(owner)),
							Permission.delete(Role.user(owner))))
			.id();
		this.admin.tablesDb()
			.updateRow(this.properties.databaseId(), this.properties.notesTableId(), note.id(),
					Map.of("attachmentIds", List.of(before)), null, Note.class);
		assertThat(ownerHttp.postForm(path, path + "/share", Map.of("email", email(reader))).statusCode())
			.isEqualTo(302);
		SampleHttp readerHttp = as(reader);
		assertThat(readerHttp.get(path).body()).contains("before.txt").doesNotContain("not shared with you");
		assertThat(readerHttp.get(path + "/attachments/" + before).body()).isEqualTo("before");
	}

	private List<Integer> atOnce(int count, java.util.function.IntFunction<Integer> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				Callable<Integer> call = () -> request.apply(index);
				answers.add(pool.submit(call));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String newUser(String kind) {
		String id = kind + UUID.randomUUID().toString().substring(0, 8);
		String name = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " User";
		this.admin.users().create(id, email(id), null, "a-long-password", name);
		return id;
	}

	private static String email(String userId) {
		return userId.toLowerCase(java.util.Locale.ROOT) + "@example.com";
	}

	private static String createNote(SampleHttp http, String title) {
		String location = http.postForm("/notes/new", "/notes", Map.of("title", title))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		return location.substring(location.indexOf("/notes/"), location.indexOf('?'));
	}

	private SampleHttp as(String userId) {
		return new SampleHttp("http://localhost:" + this.port).withCookie("a_session_" + this.appwrite.getProjectId(),
				this.emulator.createSession(userId));
	}

}
