package io.pursight.scan.web;

/** Example bodies of the scan run API, for the OpenAPI document. */
final class ScanExamples {

	static final String QUEUED_DISCOVERY = """
			{"id": "0193f2a4-5c1e-7d3a-9b8e-2f6c1a4d7e90", "workspaceId": "0193f29b-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
			 "request": {"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "tableAssetId": null,
			             "steps": ["DISCOVER"], "sampleSize": null, "requestedBy": "0193f29a-0f1e-7d2c-8b3a-4e5f6a7b8c9d"},
			 "state": "QUEUED", "reports": {"discover": null, "classify": null}, "error": null,
			 "createdAt": "2025-06-02T09:14:03.512Z", "startedAt": null, "finishedAt": null,
			 "updatedAt": "2025-06-02T09:14:03.512Z", "version": 0}""";

	static final String QUEUED_SCAN = """
			{"id": "0193f2b0-1a2b-7c3d-8e4f-9a0b1c2d3e4f", "workspaceId": "0193f29b-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
			 "request": {"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "tableAssetId": null,
			             "steps": ["DISCOVER", "CLASSIFY", "PROFILE"], "sampleSize": null,
			             "requestedBy": "0193f29a-0f1e-7d2c-8b3a-4e5f6a7b8c9d",
			             "ruleSet": {"id": "7b1f3f5e-8a1c-3c5e-9a43-2f0e3c7d9b10", "version": 1, "name": "Full PII scan"},
			             "rules": {"objectKinds": ["TABLE", "VIEW", "MATERIALIZED_VIEW"], "classify": true,
			                       "sampling": "RANDOM", "sampleSize": 1000, "profile": true, "incremental": false,
			                       "tableTimeout": "PT1M", "maxParallelism": 4, "maxErrorShare": 0.5},
			             "trigger": "MANUAL", "scheduleId": null},
			 "state": "QUEUED",
			 "progress": {"objectsTotal": 0, "objectsDone": 0, "objectsFailed": 0, "objectsSkipped": 0, "columns": 0,
			              "rowsSampled": 0, "errors": 0, "etaSeconds": null},
			 "reports": {"discover": null, "classify": null}, "summary": null, "error": null,
			 "createdAt": "2025-06-02T09:30:00.000Z", "startedAt": null, "finishedAt": null,
			 "updatedAt": "2025-06-02T09:30:00.000Z", "version": 0}""";

	static final String QUEUED_CLASSIFICATION = """
			{"id": "0193f2a6-7e3a-7f5c-8d0a-4b8e3c6f9a12", "workspaceId": "0193f29b-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
			 "request": {"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "tableAssetId": null,
			             "steps": ["CLASSIFY"], "sampleSize": 500, "requestedBy": "0193f29a-0f1e-7d2c-8b3a-4e5f6a7b8c9d"},
			 "state": "QUEUED", "reports": {"discover": null, "classify": null}, "error": null,
			 "createdAt": "2025-06-02T09:20:41.007Z", "startedAt": null, "finishedAt": null,
			 "updatedAt": "2025-06-02T09:20:41.007Z", "version": 0}""";

	static final String DISCOVERY_REPORT = """
			{"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "state": "CATALOGED",
			 "catalog": {"schemas": 1, "tables": 11, "views": 0, "columns": 64, "created": 76, "updated": 0,
			             "deleted": 0, "unchanged": 0},
			 "statementsSent": 9, "readMillis": 85, "writeMillis": 121, "totalMillis": 212}""";

	static final String CLASSIFY_REPORT = """
			{"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "tables": 11, "columnsClassified": 64, "applied": 9,
			 "pending": 3, "withdrawn": 0, "rowsSampled": 5500, "millis": 840, "objectsFailed": 1,
			 "failures": [{"assetId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f1a2b", "object": "public.monthly_revenue",
			               "step": "sample", "sqlState": "55000",
			               "message": "materialized view was never populated: REFRESH MATERIALIZED VIEW it or exclude it"}]}""";

	static final String COMPLETED_DISCOVERY = """
			{"id": "0193f2a4-5c1e-7d3a-9b8e-2f6c1a4d7e90", "workspaceId": "0193f29b-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
			 "request": {"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "tableAssetId": null,
			             "steps": ["DISCOVER"], "sampleSize": null, "requestedBy": "0193f29a-0f1e-7d2c-8b3a-4e5f6a7b8c9d"},
			 "state": "COMPLETED",
			 "reports": {"discover": {"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "state": "CATALOGED",
			                          "catalog": {"schemas": 1, "tables": 11, "views": 0, "columns": 64, "created": 76,
			                                      "updated": 0, "deleted": 0, "unchanged": 0},
			                          "statementsSent": 9, "readMillis": 85, "writeMillis": 121, "totalMillis": 212},
			             "classify": null},
			 "error": null, "createdAt": "2025-06-02T09:14:03.512Z", "startedAt": "2025-06-02T09:14:03.530Z",
			 "finishedAt": "2025-06-02T09:14:03.760Z", "updatedAt": "2025-06-02T09:14:03.760Z", "version": 4}""";

	static final String FAILED_DISCOVERY = """
			{"id": "0193f2b0-1d2e-7a3b-8c4d-5e6f7a8b9c0d", "workspaceId": "0193f29b-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
			 "request": {"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "tableAssetId": null,
			             "steps": ["DISCOVER"], "sampleSize": null, "requestedBy": "0193f29a-0f1e-7d2c-8b3a-4e5f6a7b8c9d"},
			 "state": "FAILED", "reports": {"discover": null, "classify": null},
			 "error": {"type": "urn:pursight:problem:source-unreachable", "title": "Data source unreachable",
			           "status": 422, "detail": "Discovery of 'sales' failed: the server refused the connection (is it \
			running, and is the port right?) The catalog was left unchanged.",
			           "properties": {"errorCode": "CONNECTION_REFUSED"}},
			 "createdAt": "2025-06-02T10:02:11.204Z", "startedAt": "2025-06-02T10:02:11.220Z",
			 "finishedAt": "2025-06-02T10:02:11.310Z", "updatedAt": "2025-06-02T10:02:11.310Z", "version": 3}""";

	private ScanExamples() {
	}
}
