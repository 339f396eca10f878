package io.pursight.catalog;

import java.util.List;

import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static io.pursight.catalog.DriftFixture.column;
import static io.pursight.catalog.DriftFixture.relation;
import static io.pursight.catalog.DriftFixture.schema;
import static io.pursight.catalog.DriftFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema drift as the catalog records it when a snapshot meets what it holds: each kind of change, the
 * rename guesses and what they refuse to guess, the first synchronisation's baseline, asset versions,
 * and one {@link SchemaChanged} per synchronisation that changed something.
 */
@RecordApplicationEvents
class SchemaDriftIntegrationTests extends ServerTestSupport {

	@Autowired
	Catalog catalog;
	@Autowired
	SchemaHistory history;
	@Autowired
	ApplicationEvents events;

	DriftFixture source;

	@BeforeEach
	void aRegisteredSource() {
		source = DriftFixture.register(admin, createWorkspace("drift"), catalog, history);
	}

	@Test
	void theFirstSynchronisationRecordsOneBaselineAndNoChangePerAsset() {
		SyncSummary first = source.sync(schema("app", table("customer", column("id", 1, "integer"),
				column("email", 2, "text"))));

		assertThat(first.drift().baseline()).isTrue();
		assertThat(first.drift().total()).isZero();
		assertThat(source.changes(first)).containsExactly("BASELINE ");
		assertThat(source.recorded(first, SchemaChangeKind.BASELINE).getFirst().after())
				.containsEntry("relations", 1).containsEntry("columns", 2);
		assertThat(events.stream(SchemaChanged.class)).isEmpty();

		SyncSummary again = source.sync(schema("app", table("customer", column("id", 1, "integer"),
				column("email", 2, "text"))));
		assertThat(again.drift().baseline()).isFalse();
		assertThat(source.changes(again)).isEmpty();
		assertThat(events.stream(SchemaChanged.class)).as("no change, no event").isEmpty();
	}

	@Test
	void anEmptySourceGetsItsBaselineOnceAndItsFirstTablesCountAsAdded() {
		assertThat(source.sync().drift().baseline()).isTrue();
		SyncSummary next = source.sync(schema("app", table("t", column("id", 1, "integer"))));
		assertThat(next.drift().baseline()).isFalse();
		assertThat(source.changes(next)).containsExactly("ADDED app");
	}

	@Test
	void addedAndRemovedObjectsAreRecordedAtTheHighestAssetTheyConcern() {
		source.sync(schema("app", table("customer", column("id", 1, "integer"), column("fax", 2, "text")),
				table("orders", column("id", 1, "integer"))));

		SyncSummary changed = source.sync(
				schema("app", table("customer", column("id", 1, "integer"), column("email", 2, "varchar", 100, true, null)),
						table("invoice", column("id", 1, "integer"), column("due", 2, "date"))),
				schema("audit", table("log", column("at", 1, "timestamp"))));

		assertThat(source.changes(changed)).containsExactlyInAnyOrder("ADDED app.customer.email",
				"REMOVED app.customer.fax", "ADDED app.invoice", "REMOVED app.orders", "ADDED audit");
		SchemaChange invoice = source.recorded(changed, SchemaChangeKind.ADDED).stream()
				.filter(c -> c.assetType() == AssetType.TABLE).findFirst().orElseThrow();
		assertThat(invoice.after()).containsEntry("type", "TABLE").containsEntry("columns", 2);
		assertThat(invoice.before()).isNull();
		assertThat(invoice.assetId()).isEqualTo(source.id("app.invoice"));
		SchemaChange email = source.recorded(changed, SchemaChangeKind.ADDED).stream()
				.filter(c -> c.assetType() == AssetType.COLUMN).findFirst().orElseThrow();
		assertThat(email.parentId()).isEqualTo(source.id("app.customer"));
		assertThat(email.after()).containsEntry("dataType", "varchar").containsEntry("length", 100);
		assertThat(changed.drift().added()).isEqualTo(3);
		assertThat(changed.drift().removed()).isEqualTo(2);

		SyncSummary dropped = source.sync(schema("app", table("customer", column("id", 1, "integer"),
				column("email", 2, "varchar", 100, true, null)), table("invoice", column("id", 1, "integer"),
						column("due", 2, "date"))));
		assertThat(source.changes(dropped)).as("the schema, not its table").containsExactly("REMOVED audit");
	}

	@Test
	void typeNullabilityAndDefaultChangesAreRecordedWithAVersionPerAssetAndSynchronisation() {
		source.sync(schema("app", table("customer", column("id", 1, "integer"),
				column("phone", 2, "varchar", 20, true, null))));

		SyncSummary widened = source.sync(schema("app", table("customer", column("id", 1, "integer"),
				column("phone", 2, "varchar", 32, false, "'none'"))));
		assertThat(source.changes(widened)).containsExactlyInAnyOrder("DEFAULT_CHANGED app.customer.phone",
				"NULLABILITY_CHANGED app.customer.phone", "TYPE_CHANGED app.customer.phone");
		SchemaChange type = source.recorded(widened, SchemaChangeKind.TYPE_CHANGED).getFirst();
		assertThat(type.before()).containsEntry("length", 20);
		assertThat(type.after()).containsEntry("length", 32);
		assertThat(source.recorded(widened, SchemaChangeKind.NULLABILITY_CHANGED).getFirst().after())
				.containsEntry("nullable", false);
		assertThat(source.recorded(widened, null).stream().map(SchemaChange::assetVersion)).containsOnly(1L);
		assertThat(widened.drift().changed()).isEqualTo(3);

		SyncSummary retyped = source.sync(schema("app", table("customer", column("id", 1, "integer"),
				column("phone", 2, "text", null, false, "'none'"))));
		assertThat(source.recorded(retyped, SchemaChangeKind.TYPE_CHANGED).getFirst().assetVersion()).isEqualTo(2L);
		List<SchemaChange> phone = history.ofAsset(source.workspace, source.id("app.customer.phone"), DriftFixture.ALL)
				.items();
		assertThat(phone).extracting(SchemaChange::assetVersion).containsExactly(2L, 1L, 1L, 1L);
	}

	@Test
	void aColumnRenamedInPlaceKeepsItsIdAndARetypedOneIsRemovedAndAdded() {
		source.sync(schema("app", table("customer", column("id", 1, "integer"), column("fax", 2, "text"),
				column("phone", 3, "varchar", 20, true, null), column("note", 4, "text"))));
		Asset phone = source.asset("app.customer.phone");

		// fax dropped (the columns after it move up), phone renamed, note retyped and renamed at once
		SyncSummary renamed = source.sync(schema("app", table("customer", column("id", 1, "integer"),
				column("mobile", 2, "varchar", 20, true, null), column("remark", 3, "varchar", 200, true, null))));

		assertThat(source.changes(renamed)).containsExactlyInAnyOrder("REMOVED app.customer.fax",
				"RENAMED app.customer.mobile", "REMOVED app.customer.note", "ADDED app.customer.remark");
		SchemaChange rename = source.recorded(renamed, SchemaChangeKind.RENAMED).getFirst();
		assertThat(rename.assetId()).isEqualTo(phone.id());
		assertThat(rename.before()).containsEntry("name", "phone");
		assertThat(rename.after()).containsEntry("name", "mobile");
		Asset mobile = source.asset("app.customer.mobile");
		assertThat(mobile.id()).as("the column kept its id").isEqualTo(phone.id());
		assertThat(renamed.drift().renamed()).isEqualTo(1);
	}

	@Test
	void aRelationRenamedWithTheSameColumnsKeepsItsIdUnlessTheGuessIsAmbiguous() {
		source.sync(schema("app", table("orders", column("id", 1, "integer"), column("total", 2, "numeric")),
				table("a", column("x", 1, "integer")), table("b", column("x", 1, "integer")),
				table("notes", column("text", 1, "text"))));
		Asset orders = source.asset("app.orders");
		Asset total = source.asset("app.orders.total");

		SyncSummary renamed = source.sync(schema("app",
				table("purchases", column("id", 1, "integer"), column("total", 2, "numeric")),
				table("c", column("x", 1, "integer")), table("d", column("x", 1, "integer")),
				table("memos", column("text", 1, "varchar"))));

		assertThat(source.changes(renamed)).containsExactlyInAnyOrder("RENAMED app.purchases", "REMOVED app.a",
				"REMOVED app.b", "ADDED app.c", "ADDED app.d", "REMOVED app.notes", "ADDED app.memos");
		assertThat(source.id("app.purchases")).isEqualTo(orders.id());
		assertThat(source.id("app.purchases.total")).as("columns follow their relation").isEqualTo(total.id());
		assertThat(source.recorded(renamed, SchemaChangeKind.RENAMED).getFirst().before())
				.containsEntry("qualifiedName", orders.qualifiedName().value());
	}

	@Test
	void kindDefinitionAndKeyChangesOfRelationsAreRecorded() {
		SourceSnapshot.PrimaryKey key = new SourceSnapshot.PrimaryKey("pk_t", List.of("id"));
		source.sync(schema("app", table("t", column("id", 1, "integer")),
				relation("v", AssetType.VIEW, "SELECT 1 AS id", null, column("id", 1, "integer")),
				table("k", column("id", 1, "integer"))));

		SyncSummary changed = source.sync(schema("app",
				relation("t", AssetType.VIEW, "SELECT 2 AS id", null, column("id", 1, "integer")),
				relation("v", AssetType.VIEW, "SELECT 3 AS id", null, column("id", 1, "integer")),
				relation("k", AssetType.TABLE, null, key, column("id", 1, "integer"))));

		assertThat(source.changes(changed)).containsExactlyInAnyOrder("KIND_CHANGED app.t", "DEFINITION_CHANGED app.v",
				"KEYS_CHANGED app.k");
		assertThat(source.recorded(changed, SchemaChangeKind.KIND_CHANGED).getFirst().after())
				.containsEntry("type", "VIEW");
		assertThat(source.recorded(changed, SchemaChangeKind.DEFINITION_CHANGED).getFirst().after())
				.containsEntry("definition", "SELECT 3 AS id");
		assertThat(source.recorded(changed, SchemaChangeKind.KEYS_CHANGED).getFirst().before())
				.containsEntry("primaryKey", null);
	}

	@Test
	void eachSynchronisationThatChangedSomethingPublishesOneEventWithItsCounts() {
		source.sync(schema("app", table("t", column("id", 1, "integer"), column("a", 2, "text"))));

		SyncSummary changed = source.sync(schema("app", table("t", column("id", 1, "bigint"), column("b", 2, "text")),
				table("u", column("id", 1, "integer")), table("w", column("id", 1, "integer"))));

		List<SchemaChanged> published = events.stream(SchemaChanged.class).toList();
		assertThat(published).hasSize(1);
		SchemaChanged event = published.getFirst();
		assertThat(event.changeSet()).isEqualTo(changed.drift().changeSet());
		assertThat(event.sourceId()).isEqualTo(source.source);
		assertThat(event.workspaceId()).isEqualTo(source.workspace);
		assertThat(List.of(event.added(), event.removed(), event.renamed(), event.changed()))
				.as("u and w added, a renamed to b, id retyped").containsExactly(2, 0, 1, 1);
		assertThat(event.detectedAt()).isEqualTo(changed.drift().detectedAt());
	}
}
