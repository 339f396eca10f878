package io.pursight.catalog.web;

/** Example bodies of the schema history API, for the OpenAPI document. */
final class SchemaChangeExamples {

	static final String OF_ASSET = """
			{"items": [
			  {"id": "0193f3b0-11aa-7c2d-9e3f-4a5b6c7d8e9f", "sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
			   "changeSet": "0193f3af-0d1e-7f2a-8b3c-4d5e6f7a8b9c", "assetId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f0003",
			   "parentId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f0000", "assetType": "COLUMN",
			   "qualifiedName": "shop.shop.public.customer.mobile", "kind": "RENAMED",
			   "before": {"name": "phone", "qualifiedName": "shop.shop.public.customer.phone"},
			   "after": {"name": "mobile", "qualifiedName": "shop.shop.public.customer.mobile"},
			   "detectedAt": "2025-06-03T08:00:12.204Z", "assetVersion": 2},
			  {"id": "0193f2f0-5e6f-7a8b-9c0d-1e2f3a4b5c6d", "sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
			   "changeSet": "0193f2ef-2a3b-7c4d-8e5f-6a7b8c9d0e1f", "assetId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f0003",
			   "parentId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f0000", "assetType": "COLUMN",
			   "qualifiedName": "shop.shop.public.customer.phone", "kind": "TYPE_CHANGED",
			   "before": {"dataType": "varchar", "length": 20, "precision": null, "scale": null},
			   "after": {"dataType": "varchar", "length": 32, "precision": null, "scale": null},
			   "detectedAt": "2025-06-02T08:00:09.871Z", "assetVersion": 1}],
			 "page": 0, "size": 50, "total": 2}""";

	static final String OF_SOURCE = """
			{"items": [
			  {"id": "0193f3b0-11aa-7c2d-9e3f-4a5b6c7d8e90", "sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
			   "changeSet": "0193f3af-0d1e-7f2a-8b3c-4d5e6f7a8b9c", "assetId": "0193f2a2-4d5e-7f6a-8b7c-8d9e0f1a0000",
			   "parentId": "0193f2a0-2b3c-7d4e-8f5a-6b7c8d9e0000", "assetType": "TABLE",
			   "qualifiedName": "shop.shop.public.audit_log", "kind": "REMOVED",
			   "before": {"name": "audit_log", "type": "TABLE", "columns": 6}, "after": null,
			   "detectedAt": "2025-06-03T08:00:12.204Z", "assetVersion": 3},
			  {"id": "0193f3b0-11aa-7c2d-9e3f-4a5b6c7d8e91", "sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
			   "changeSet": "0193f3af-0d1e-7f2a-8b3c-4d5e6f7a8b9c", "assetId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f0007",
			   "parentId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f0000", "assetType": "COLUMN",
			   "qualifiedName": "shop.shop.public.customer.loyalty_tier", "kind": "ADDED", "before": null,
			   "after": {"ordinal": 7, "dataType": "text", "length": null, "precision": null, "scale": null,
			             "nullable": true, "default": null},
			   "detectedAt": "2025-06-03T08:00:12.204Z", "assetVersion": 1}],
			 "page": 0, "size": 50, "total": 2}""";

	private SchemaChangeExamples() {
	}
}
