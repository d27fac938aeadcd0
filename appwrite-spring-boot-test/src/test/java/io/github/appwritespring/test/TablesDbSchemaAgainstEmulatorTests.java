package io.github.appwritespring.test;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.appwritespring.client.AppwriteClient;
import io.github.appwritespring.client.Query;
import io.github.appwritespring.client.model.Column;
import io.github.appwritespring.client.service.TablesDb;
import io.github.appwritespring.emulator.AppwriteEmulator;
import io.github.appwritespring.emulator.junit.AppwriteEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our client against the emulator over loopback HTTP: changing columns (settings and
 * renames), spatial columns and indexes, and relationship columns with their rows.
 */
@ExtendWith(AppwriteEmulatorExtension.class)
class TablesDbSchemaAgainstEmulatorTests {

	private AppwriteClient admin;

	private TablesDb db;

	@BeforeEach
	void connect(AppwriteEmulator emulator) {
		this.admin = EmulatorClients.admin(emulator);
		this.db = this.admin.tablesDb();
		this.db.create("main", "Main", null);
		this.db.createTable("main", "places", "Places", null, null, null);
	}

	@AfterEach
	void close() {
		this.admin.close();
	}

	@Test
	void columnsChangeTheirSettingsAndRenamesCarryTheData() {
		this.db.createStringColumn("main", "places", "name", 20, false, null, null);
		this.db.createIntegerColumn("main", "places", "visits", false, 0L, 100L, null, null);
		this.db.createEnumColumn("main", "places", "kind", List.of("city", "town"), false, null, null);
		this.db.createIndex("main", "places", "by_name", "key", List.of("name"), null, null);
		this.db.createRow("main", "places", "paris", Map.of("name", "Paris", "visits", 3), null);

		Column name = this.db.updateStringColumn("main", "places", "name", false, "Unnamed", 40L, "title");
		assertThat(name.key()).isEqualTo("title");
		assertThat(name.size()).isEqualTo(40);
		assertThat(name.defaultValue()).isEqualTo("Unnamed");
		assertThat(this.db.getRow("main", "places", "paris").data()).containsEntry("title", "Paris")
			.doesNotContainKey("name");
		assertThat(this.db.getIndex("main", "places", "by_name").columns()).containsExactly("title");
		assertThat(this.db.createRow("main", "places", "nowhere", Map.of("visits", 1), null).data())
			.containsEntry("title", "Unnamed");

		Column visits = this.db.updateIntegerColumn("main", "places", "visits", false, 5L, 1L, 10L, null);
		assertThat(visits.min()).isEqualTo(1);
		assertThat(visits.max()).isEqualTo(10);
		ClientCalls.assertError(() -> this.db.createRow("main", "places", "big", Map.of("visits", 11), null), 400,
				"row_invalid_structure");
		ClientCalls.assertError(
				() -> this.db.updateIntegerColumn("main", "places", "visits", false, 50L, 1L, 10L, null), 400,
				"column_value_invalid");
		ClientCalls.assertError(
				() -> this.db.updateIntegerColumn("main", "places", "visits", true, 5L, null, null, null), 400,
				"column_default_unsupported");
		ClientCalls.assertError(() -> this.db.updateBooleanColumn("main", "places", "visits", false, null, null), 400,
				"column_type_invalid");
		ClientCalls.assertError(() -> this.db.updateBooleanColumn("main", "places", "missing", false, null, null), 404,
				"column_not_found");
		ClientCalls.assertError(
				() -> this.db.updateIntegerColumn("main", "places", "visits", false, null, null, null, "title"), 409,
				"column_already_exists");

		Column kind = this.db.updateEnumColumn("main", "places", "kind", List.of("city", "town", "village"), false,
				"village", null);
		assertThat(kind.elements()).containsExactly("city", "town", "village");
		assertThat(this.db.createRow("main", "places", "hamlet", Map.of("visits", 2), null).data())
			.containsEntry("kind", "village");
	}

	@Test
	void spatialColumnsTakeGeometriesAndSpatialIndexes() {
		Column point = this.db.createPointColumn("main", "places", "location", false, List.of(0, 0));
		assertThat(point.type()).isEqualTo("point");
		assertThat(this.db.createLineColumn("main", "places", "route", false, null).type()).isEqualTo("linestring");
		assertThat(this.db.createPolygonColumn("main", "places", "area", false, null).type()).isEqualTo("polygon");
		List<List<Double>> ring = List.of(List.of(0.0, 0.0), List.of(0.0, 1.0), List.of(1.0, 1.0), List.of(0.0, 0.0));
		var row = this.db.createRow("main", "places", "p1", Map.of("location", List.of(2.35, 48.85), "route",
				List.of(List.of(0, 0), List.of(1, 1)), "area", List.of(ring)), null);
		assertThat(row.data().get("location")).isEqualTo(List.of(2.35, 48.85));
		assertThat(
				this.db.createRow("main", "places", "p2", Map.of("route", List.of(List.of(0, 0), List.of(2, 2))), null)
					.data()
					.get("location"))
			.isEqualTo(List.of(0, 0));
		ClientCalls.assertError(() -> this.db.createRow("main", "places", "bad", Map.of("location", List.of(1)), null),
				400, "row_invalid_structure");
		ClientCalls.assertError(() -> this.db.createRow("main", "places", "open",
				Map.of("area", List.of(List.of(List.of(0, 0), List.of(0, 1), List.of(1, 1), List.of(1, 0)))), null),
				400, "row_invalid_structure");
		assertThat(this.db.updatePointColumn("main", "places", "location", true, null, "spot").key()).isEqualTo("spot");
		assertThat(this.db.createIndex("main", "places", "near", "spatial", List.of("spot"), null, null).type())
			.isEqualTo("spatial");
		this.db.createStringColumn("main", "places", "name", 20, false, null, null);
		ClientCalls.assertError(
				() -> this.db.createIndex("main", "places", "wrong", "spatial", List.of("name"), null, null), 400,
				"index_invalid");
	}

	@Test
	void relationshipsLinkRowsAndLoadThemWhenSelected() {
		this.db.createTable("main", "authors", "Authors", null, null, null);
		this.db.createTable("main", "books", "Books", null, null, null);
		this.db.createStringColumn("main", "authors", "name", 50, true, null, null);
		this.db.createStringColumn("main", "books", "title", 50, true, null, null);
		Column books = this.db.createRelationshipColumn("main", "authors", "books", "oneToMany", true, "books",
				"author", "cascade");
		assertThat(books.side()).isEqualTo("parent");
		assertThat(books.relatedTable()).isEqualTo("books");
		Column author = this.db.getColumn("main", "books", "author");
		assertThat(author.side()).isEqualTo("child");
		assertThat(author.twoWayKey()).isEqualTo("books");

		this.db.createRow("main", "authors", "ursula",
				Map.of("name", "Ursula", "books", List.of(Map.of("$id", "earthsea", "title", "Earthsea"),
						Map.of("$id", "dispossessed", "title", "The Dispossessed"))),
				null);
		var plain = this.db.getRow("main", "authors", "ursula").data();
		assertThat(plain).containsEntry("name", "Ursula").doesNotContainKey("books");
		var loaded = this.db.getRow("main", "authors", "ursula", List.of(Query.select(List.of("*", "books.*"))),
				Map.class);
		assertThat((List<?>) loaded.data().get("books")).hasSize(2);
		var book = this.db.getRow("main", "books", "earthsea", List.of(Query.select(List.of("*", "author.*"))),
				Map.class);
		assertThat(((Map<?, ?>) book.data().get("author")).get("$id")).isEqualTo("ursula");

		this.db.createRow("main", "books", "lathe", Map.of("title", "The Lathe of Heaven", "author", "ursula"), null);
		assertThat((List<?>) this.db
			.listRows("main", "authors", List.of(Query.select(List.of("name", "books.*"))), Map.class)
			.rows()
			.get(0)
			.data()
			.get("books")).hasSize(3);
		ClientCalls.assertError(
				() -> this.db.createRow("main", "books", "ghost", Map.of("title", "Ghost", "author", "nobody"), null),
				400, "relationship_value_invalid");

		this.db.updateRelationshipColumn("main", "authors", "books", "restrict", null);
		assertThat(this.db.getColumn("main", "books", "author").onDelete()).isEqualTo("restrict");
		ClientCalls.assertError(() -> this.db.deleteRow("main", "authors", "ursula"), 403, "row_delete_restricted");

		this.db.updateRelationshipColumn("main", "authors", "books", "setNull", null);
		this.db.deleteRow("main", "books", "lathe");
		this.db.deleteRow("main", "authors", "ursula");
		var orphan = this.db.getRow("main", "books", "earthsea", List.of(Query.select(List.of("*", "author.*"))),
				Map.class);
		assertThat(orphan.data().get("author")).isNull();

		this.db.createRow("main", "authors", "iain", Map.of("name", "Iain", "books", List.of("earthsea")), null);
		this.db.updateRelationshipColumn("main", "authors", "books", "cascade", null);
		this.db.deleteRow("main", "authors", "iain");
		ClientCalls.assertNotFound(() -> this.db.getRow("main", "books", "earthsea"));
		assertThat(this.db.getRow("main", "books", "dispossessed").id()).isEqualTo("dispossessed");

		this.db.deleteColumn("main", "authors", "books");
		ClientCalls.assertError(() -> this.db.getColumn("main", "books", "author"), 404, "column_not_found");
	}

}
