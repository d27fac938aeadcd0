package io.github.appwritespring.emulator.internal.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import io.github.appwritespring.emulator.internal.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentStoreTests {

	@TempDir
	Path dir;

	static ObjectNode doc(String id, String email, String... tags) {
		ObjectNode doc = Json.object();
		doc.put("$id", id);
		doc.put("email", email);
		doc.set("tags", Json.strings(List.of(tags)));
		return doc;
	}

	@Test
	void copiesInAndOutAndKeepsInsertionOrder() {
		DocumentStore store = DocumentStore.inMemory();
		ObjectNode original = doc("b", "b@x.io");
		store.put("users", "b", original);
		store.put("users", "a", doc("a", "a@x.io"));
		original.put("email", "changed");
		store.get("users", "b").orElseThrow().put("email", "changed too");
		assertThat(store.get("users", "b").orElseThrow().path("email").asString()).isEqualTo("b@x.io");
		store.put("users", "b", doc("b", "b2@x.io"));
		assertThat(store.list("users")).extracting((d) -> d.path("$id").asString()).containsExactly("b", "a");
		assertThat(store.delete("users", "b")).isTrue();
		assertThat(store.delete("users", "b")).isFalse();
		assertThat(store.count("users")).isEqualTo(1);
		assertThat(store.collectionNames()).containsExactly("users");
	}

	@Test
	void indexesFollowPutsDeletesAndArrays() {
		DocumentStore store = DocumentStore.inMemory();
		store.put("users", "a", doc("a", "a@x.io", "red", "blue"));
		store.index("users", "email");
		store.index("users", "tags");
		store.put("users", "b", doc("b", "b@x.io", "blue"));
		assertThat(store.findBy("users", "tags", "blue")).hasSize(2);
		assertThat(store.findBy("users", "email", "a@x.io")).hasSize(1);
		store.put("users", "a", doc("a", "new@x.io"));
		assertThat(store.findBy("users", "email", "a@x.io")).isEmpty();
		assertThat(store.findBy("users", "tags", "blue")).extracting((d) -> d.path("$id").asString())
			.containsExactly("b");
		store.deleteCollection("users");
		assertThat(store.findBy("users", "tags", "blue")).isEmpty();
		assertThat(store.findBy("other", "x", "y")).isEmpty();
	}

	@Test
	void journalSurvivesReopenAndCompaction() throws Exception {
		DocumentStore store = DocumentStore.open(this.dir, false);
		store.put("users", "a", doc("a", "a@x.io"));
		store.put("users", "b", doc("b", "b@x.io"));
		store.put("rows:db:t", "r1", doc("r1", "r@x.io"));
		store.delete("users", "a");
		// What a killed process leaves on disk: the files as they are now, never closed.
		Path killed = this.dir.resolveSibling(this.dir.getFileName() + "-killed");
		Files.createDirectories(killed);
		Files.copy(this.dir.resolve("store.journal.jsonl"), killed.resolve("store.journal.jsonl"));
		assertThatThrownBy(() -> DocumentStore.open(this.dir, false))
			.hasMessageContaining("used by another running emulator");
		store.close();
		DocumentStore reopened = DocumentStore.open(killed, false);
		assertThat(reopened.list("users")).extracting((d) -> d.path("$id").asString()).containsExactly("b");
		assertThat(reopened.exists("rows:db:t", "r1")).isTrue();
		reopened.put("users", "c", doc("c", "c@x.io"));
		reopened.close();
		assertThat(Files.size(killed.resolve("store.journal.jsonl"))).isZero();
		DocumentStore again = DocumentStore.open(killed, true);
		assertThat(again.list("users")).extracting((d) -> d.path("$id").asString()).containsExactly("b", "c");
		again.reset();
		again.close();
		assertThat(DocumentStore.open(killed, false).collectionNames()).isEmpty();
	}

	@Test
	void stagedWritesReachTheJournalAsOneRecord() throws Exception {
		DocumentStore store = DocumentStore.open(this.dir, false);
		store.put("users", "a", doc("a", "a@x.io"));
		StagedDocuments staged = new StagedDocuments(store);
		staged.put("users", "b", doc("b", "b@x.io"));
		staged.delete("users", "a");
		assertThat(store.exists("users", "b")).isFalse();
		assertThat(staged.list("users")).extracting((d) -> d.path("$id").asString()).containsExactly("b");
		assertThat(staged.findBy("users", "email", "b@x.io")).hasSize(1);
		store.write(() -> staged.applyTo(store));
		List<String> lines = Files.readAllLines(this.dir.resolve("store.journal.jsonl"));
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith("{\"op\":\"batch\"");
		Path killed = this.dir.resolveSibling(this.dir.getFileName() + "-batch");
		Files.createDirectories(killed);
		Files.copy(this.dir.resolve("store.journal.jsonl"), killed.resolve("store.journal.jsonl"));
		store.close();
		DocumentStore reopened = DocumentStore.open(killed, false);
		assertThat(reopened.list("users")).extracting((d) -> d.path("$id").asString()).containsExactly("b");
		reopened.close();
	}

	@Test
	void aTornLastLineIsSkipped() throws Exception {
		DocumentStore store = DocumentStore.open(this.dir, false);
		store.put("users", "a", doc("a", "a@x.io"));
		store.close();
		Files.writeString(this.dir.resolve("store.journal.jsonl"),
				"{\"op\":\"put\",\"c\":\"users\",\"id\":\"b\",\"doc\":{\"$id\":", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		DocumentStore reopened = DocumentStore.open(this.dir, false);
		assertThat(reopened.list("users")).extracting((d) -> d.path("$id").asString()).containsExactly("a");
	}

	@Test
	void writeBlocksAreAtomicUnderContention() throws Exception {
		DocumentStore store = DocumentStore.inMemory();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			futures.add(pool.submit(() -> store.write(() -> {
				int next = store.get("counters", "c").map((d) -> d.path("n").asInt()).orElse(0) + 1;
				ObjectNode counter = Json.object();
				counter.put("n", next);
				store.put("counters", "c", counter);
			})));
		}
		for (Future<?> future : futures) {
			future.get(10, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(store.get("counters", "c").orElseThrow().path("n").asInt()).isEqualTo(200);
	}

	@Test
	void blobNamesCannotEscapeTheDirectory() throws Exception {
		BlobStore blobs = new BlobStore(this.dir.resolve("files"));
		for (String bad : List.of("../x", "a/../../x", ".hidden", "a//b", "/abs", "", "a/", "x\\y", "_x")) {
			assertThatThrownBy(() -> blobs.path(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
		Path temp = blobs.createTemp();
		Files.writeString(temp, "hello");
		blobs.commit(temp, "bucket1/file1");
		assertThat(blobs.exists("bucket1/file1")).isTrue();
		assertThat(blobs.size("bucket1/file1")).isEqualTo(5);
		try (var in = blobs.open("bucket1/file1")) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
		}
		blobs.delete("bucket1");
		assertThat(blobs.exists("bucket1/file1")).isFalse();
		blobs.reset();
		assertThat(blobs.createTemp()).exists();
	}

}
