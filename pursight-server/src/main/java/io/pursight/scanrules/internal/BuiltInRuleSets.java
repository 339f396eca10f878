package io.pursight.scanrules.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pursight.scanrules.SamplingStrategy;
import io.pursight.scanrules.ScanRuleSet;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanRuleSets;
import io.pursight.scanrules.ScanRules;

/**
 * The built-in templates: constants, the same id in every workspace, version 1, read-only. Their type ids are
 * those of the classifier's catalog ({@code io.pursight.classifier.SensitiveType}); a test holds them to it.
 */
final class BuiltInRuleSets {

	/** When the templates came to be; they never change (a new template gets a new key). */
	static final Instant SINCE = Instant.parse("2026-11-30T00:00:00Z");

	/** The payment card types: card data in scope of PCI DSS (category PCI of the classifier). */
	static final Set<String> PCI_TYPES = Set.of("CREDIT_CARD_NUMBER", "CVV");

	/**
	 * Health data (category PHI) and the HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) the classifier
	 * knows: found next to health data, each makes it protected health information.
	 */
	static final Set<String> HIPAA_TYPES = Set.of("MEDICAL_RECORD_NUMBER", "US_NPI", "US_MBI", "ICD10_CODE",
			"PERSON_NAME", "STREET_ADDRESS", "CITY", "POSTAL_CODE", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS",
			"US_SSN", "BANK_ACCOUNT_NUMBER", "US_DRIVER_LICENSE", "VIN", "LICENSE_PLATE", "IMEI", "MAC_ADDRESS", "URL",
			"IP_ADDRESS", "PHOTO");

	static final List<ScanRuleSet> ALL = List.of(
			// 1,000 random rows: enough for a type that fills a few percent of a column to show up in the value
			// tests with confidence, small enough that a source of 10,000 tables reads at most 10 million rows
			builtIn(ScanRuleSets.FULL_PII, "Full PII scan",
					"Every table, view and materialized view; every classifier type and the workspace's custom rules "
							+ "on 1,000 random rows per table; profiled from the sample.",
					ScanRules.defaults()),
			builtIn(ScanRuleSets.METADATA_ONLY, "Metadata only",
					"Discovery and drift only: structure and row counts, no rows read, nothing classified or profiled.",
					with(ScanRules.defaults(), false, SamplingStrategy.FIRST_N, Set.of(), false, false)),
			// random rows: card numbers cluster by date of entry, a first-rows sample would see one period only
			builtIn(ScanRuleSets.PCI_FOCUS, "PCI DSS focus",
					"Payment card data (card numbers, verification values) on 1,000 random rows per table, plus the "
							+ "workspace's custom rules; no profiling.",
					with(ScanRules.defaults(), true, SamplingStrategy.RANDOM, PCI_TYPES, true, false)),
			builtIn(ScanRuleSets.HIPAA_FOCUS, "HIPAA focus",
					"Health data (medical record numbers, provider and Medicare ids, diagnosis codes) and the Safe "
							+ "Harbor identifiers that make it protected, on 1,000 random rows per table, plus the "
							+ "workspace's custom rules; no profiling.",
					with(ScanRules.defaults(), true, SamplingStrategy.RANDOM, HIPAA_TYPES, true, false)));

	private static final Map<ScanRuleSetId, ScanRuleSet> BY_ID = ALL.stream()
			.collect(Collectors.toUnmodifiableMap(ScanRuleSet::id, Function.identity()));

	private BuiltInRuleSets() {
	}

	static Optional<ScanRuleSet> find(ScanRuleSetId id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

	static boolean isBuiltIn(ScanRuleSetId id) {
		return BY_ID.containsKey(id);
	}

	private static ScanRuleSet builtIn(ScanRuleSetId id, String name, String description, ScanRules rules) {
		return new ScanRuleSet(id, name, description, 1, rules, true, SINCE, SINCE);
	}

	private static ScanRules with(ScanRules base, boolean classify, SamplingStrategy sampling, Set<String> types,
			boolean customRules, boolean profile) {
		return new ScanRules(base.includeSchemas(), base.excludeSchemas(), base.includeTables(), base.excludeTables(),
				base.includeColumns(), base.excludeColumns(), base.objectKinds(), classify, sampling, base.sampleSize(),
				null, types, customRules, profile, false, base.incremental(), base.tableTimeout(),
				base.maxParallelism(), base.maxErrorShare());
	}
}
