package io.pursight.scanrules.web;

/** Example bodies of the rule set and schedule API, for the OpenAPI document. */
final class ScanRulesExamples {

	static final String CREATE_FROM_TEMPLATE = """
			{"name": "Nightly PCI, sales only", "description": "Card data in the sales schemas",
			 "template": "2271740f-0704-33ba-b003-746d8516a1c8",
			 "rules": {"includeSchemas": [{"syntax": "GLOB", "pattern": "sales*"}],
			           "excludeTables": [{"syntax": "REGEX", "pattern": ".*_(tmp|bak)"}], "sampleSize": 2000}}""";

	static final String RULE_SET = """
			{"id": "0193f2c1-4a5b-7c6d-8e7f-9a0b1c2d3e4f", "name": "Nightly PCI, sales only",
			 "description": "Card data in the sales schemas", "version": 2,
			 "rules": {"includeSchemas": [{"syntax": "GLOB", "pattern": "sales*"}], "excludeSchemas": [],
			           "includeTables": [], "excludeTables": [{"syntax": "REGEX", "pattern": ".*_(tmp|bak)"}],
			           "includeColumns": [], "excludeColumns": [{"syntax": "GLOB", "pattern": "*.audit_*"}],
			           "objectKinds": ["TABLE", "VIEW", "MATERIALIZED_VIEW"], "classify": true, "sampling": "RANDOM",
			           "sampleSize": 2000, "samplePercent": null, "classificationTypes": ["CREDIT_CARD_NUMBER", "CVV"],
			           "customRules": true, "profile": false, "exactProfile": false, "incremental": true,
			           "tableTimeout": "PT1M", "maxParallelism": 4, "maxErrorShare": 0.5},
			 "builtIn": false, "createdAt": "2026-11-30T08:00:00Z", "updatedAt": "2026-11-30T09:12:44.120Z"}""";

	static final String PREVIEW = """
			{"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "ruleSetId": "0193f2c1-4a5b-7c6d-8e7f-9a0b1c2d3e4f",
			 "ruleSetVersion": 2, "objects": 3, "selectedCount": 1, "excludedCount": 2, "selectedColumns": 4,
			 "selected": [{"assetId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f1a2b", "schema": "sales", "name": "payments",
			               "kind": "TABLE", "columns": 5, "selectedColumns": 4, "excludedColumns": ["audit_user"]}],
			 "excluded": [{"assetId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f1a2c", "schema": "sales", "name": "payments_bak",
			               "kind": "TABLE", "reason": "TABLE_PATTERN",
			               "detail": "'sales.payments_bak' matches excludeTables regex:.*_(tmp|bak)"},
			              {"assetId": "0193f2a1-3c4d-7e5f-8a6b-7c8d9e0f1a2d", "schema": "hr", "name": "employees",
			               "kind": "TABLE", "reason": "SCHEMA",
			               "detail": "schema 'hr' matches none of includeSchemas [glob:sales*]"}],
			 "truncated": false}""";

	static final String CREATE_SCHEDULE = """
			{"sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "ruleSetId": "0193f2c1-4a5b-7c6d-8e7f-9a0b1c2d3e4f",
			 "cron": "30 2 * * 1-5", "timeZone": "Europe/Berlin", "enabled": true}""";

	static final String SCHEDULE = """
			{"id": "0193f2d0-1a2b-7c3d-8e4f-5a6b7c8d9e0f", "sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
			 "ruleSetId": "0193f2c1-4a5b-7c6d-8e7f-9a0b1c2d3e4f", "cron": "30 2 * * 1-5", "timeZone": "Europe/Berlin",
			 "enabled": true, "nextRunAt": "2026-12-01T01:30:00Z", "lastRunAt": "2026-11-30T01:30:00.004Z",
			 "createdAt": "2026-11-27T16:40:12.310Z", "updatedAt": "2026-11-30T01:30:00.004Z", "version": 3}""";

	private ScanRulesExamples() {
	}
}
