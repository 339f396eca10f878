package io.pursight.scan.web;

/** Example bodies of the profile API, for the OpenAPI document. */
final class ProfileExamples {

	static final String TABLE = """
			{"assetId": "0193f2b1-4a5b-7c6d-8e9f-0a1b2c3d4e5f", "assetType": "TABLE",
			 "sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a", "runId": "0193f2a6-7e3a-7f5c-8d0a-4b8e3c6f9a12",
			 "table": {"rowCount": 48210, "rowCountExact": false, "sizeBytes": 9191424, "sampledRows": 1000,
			           "profiledAt": "2025-06-02T09:21:12.481Z"},
			 "columns": [
			   {"columnId": "0193f2b1-4a5b-7c6d-8e9f-0a1b2c3d4e60", "name": "quantity",
			    "profile": {"sampleSize": 1000, "nullCount": 0, "nullShare": 0.0, "distinctCount": 12,
			                "distinctEstimate": 12, "valueKind": "NUMBER", "min": "1", "max": "12", "mean": 3.41,
			                "stddev": 2.07, "minLength": null, "maxLength": null, "meanLength": null,
			                "topValues": [{"value": "1", "count": 311}, {"value": "2", "count": 204}],
			                "histogram": [{"lower": "1", "upper": "2", "count": 311}, {"lower": "2", "upper": "3", "count": 204}],
			                "exact": false, "valuesWithheld": false}},
			   {"columnId": "0193f2b1-4a5b-7c6d-8e9f-0a1b2c3d4e61", "name": "e-mail",
			    "profile": {"sampleSize": 1000, "nullCount": 37, "nullShare": 0.037, "distinctCount": 958,
			                "distinctEstimate": 44806, "valueKind": "TEXT", "min": null, "max": null, "mean": null,
			                "stddev": null, "minLength": 11, "maxLength": 38, "meanLength": 22.6, "topValues": [],
			                "histogram": [], "exact": false, "valuesWithheld": true}}],
			 "column": null}""";

	static final String COLUMN = """
			{"assetId": "0193f2b1-4a5b-7c6d-8e9f-0a1b2c3d4e62", "assetType": "COLUMN", "sourceId": null, "runId": null,
			 "table": null, "columns": [],
			 "column": {"sampleSize": 48210, "nullCount": 0, "nullShare": 0.0, "distinctCount": 1480,
			            "distinctEstimate": 1480, "valueKind": "TEMPORAL", "min": "2021-03-01", "max": "2025-06-01",
			            "mean": null, "stddev": null, "minLength": null, "maxLength": null, "meanLength": null,
			            "topValues": [], "histogram": [], "exact": true, "valuesWithheld": false}}""";

	private ProfileExamples() {
	}
}
