package io.pursight.classification.web;

/** Example bodies of the classification API, for the OpenAPI document. */
final class ClassificationExamples {

	/** An e-mail address found inside support notes: a label whose type occurs inside longer text. */
	static final String EMBEDDED = """
			{"id": "0193f2c4-1d2e-7a3b-9c4d-5e6f7a8b9c0d", "sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
			 "tableAssetId": "0193f2b1-4a5b-7c6d-8e9f-0a1b2c3d4e5f", "columnAssetId": "0193f2b1-4a5b-7c6d-8e9f-0a1b2c3d4e63",
			 "schema": "support", "table": "tickets", "column": "body", "qualifiedName": "crm.crm.support.tickets.body",
			 "typeId": "EMAIL_ADDRESS", "ruleId": null, "category": "PII", "sensitivity": "CONFIDENTIAL",
			 "confidence": 0.9612,
			 "explanation": "61 of 240 sampled values contain an email address inside longer text; mostly in the middle of the text; characters 58–82 of a 131-character value in the first example; the column holds free text",
			 "evidence": {"sampledValues": 240, "distinctValues": 240, "patternMatches": 61, "validatorName": null,
			              "validatorsPassed": 0, "validatorsFailed": 0, "dictionaryName": null, "dictionaryHits": 0,
			              "matchRatio": 0.254, "nameTokens": [], "timedOutValues": 0, "unadjustedConfidence": 0.9612,
			              "adjustment": {"multiplier": 1.0, "offset": 0.0},
			              "notes": ["mostly in the middle of the text; characters 58–82 of a 131-character value in the first example",
			                        "the column holds free text"]},
			 "occurrence": "EMBEDDED_IN_TEXT", "status": "APPLIED", "origin": "AUTO", "decidedBy": null,
			 "decidedAt": null, "decisionReason": null, "createdAt": "2026-11-30T06:12:41.203Z",
			 "updatedAt": "2026-11-30T06:12:41.203Z", "version": 0}""";

	/** A page of the review queue. */
	static final String REVIEW_QUEUE = """
			{"items": [
			  {"id": "0193f2c4-1d2e-7a3b-9c4d-5e6f7a8b9c1e", "sourceId": "0193f29c-2b3c-7d4e-9f5a-6b7c8d9e0f1a",
			   "tableAssetId": "0193f2b1-4a5b-7c6d-8e9f-0a1b2c3d4e70", "columnAssetId": "0193f2b1-4a5b-7c6d-8e9f-0a1b2c3d4e71",
			   "schema": "public", "table": "shipments", "column": "signed_by",
			   "qualifiedName": "logistics.logistics.public.shipments.signed_by", "typeId": "PERSON_NAME", "ruleId": null,
			   "category": "PII", "sensitivity": "CONFIDENTIAL", "confidence": 0.7593,
			   "explanation": "442 of 500 sampled values are in the given names and surnames dictionary, 495 are shaped like names; 305 of 500 sampled values are written like people's full names (a known given name and a surname, or an initial)",
			   "evidence": {"sampledValues": 500, "distinctValues": 471, "patternMatches": 495, "validatorName": null,
			                "validatorsPassed": 0, "validatorsFailed": 0, "dictionaryName": "given names and surnames",
			                "dictionaryHits": 442, "matchRatio": 0.99, "nameTokens": [], "timedOutValues": 0,
			                "unadjustedConfidence": 0.7593, "adjustment": {"multiplier": 1.0, "offset": 0.0}, "notes": []},
			   "occurrence": "WHOLE_VALUE", "status": "PENDING_REVIEW", "origin": "AUTO", "decidedBy": null,
			   "decidedAt": null, "decisionReason": null, "createdAt": "2026-11-30T06:12:41.511Z",
			   "updatedAt": "2026-11-30T06:12:41.511Z", "version": 0}],
			 "page": 0, "size": 50, "total": 1}""";

	private ClassificationExamples() {
	}
}
