package io.pursight.scanrules.internal;

import io.pursight.classifier.Category;
import io.pursight.classifier.SensitiveType;
import io.pursight.scanrules.ScanRuleSet;
import io.pursight.scanrules.ScanRuleSets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInRuleSetsTests {

	@Test
	void everyTypeIdOfEveryTemplateIsOneTheClassifierKnows() {
		for (ScanRuleSet template : BuiltInRuleSets.ALL) {
			assertThat(template.rules().classificationTypes()).as(template.name())
					.allSatisfy(id -> assertThat(SensitiveType.byId(id)).as(id).isPresent());
		}
	}

	@Test
	void thePciTemplateCoversEveryPaymentCardTypeAndTheHipaaTemplateEveryHealthType() {
		for (SensitiveType type : SensitiveType.values()) {
			if (type.category() == Category.PCI) {
				assertThat(BuiltInRuleSets.PCI_TYPES).contains(type.id());
			}
			if (type.category() == Category.PHI) {
				assertThat(BuiltInRuleSets.HIPAA_TYPES).contains(type.id());
			}
		}
	}

	@Test
	void theTemplatesHaveTheirFixedIdsAndAreReadOnlyAtVersionOne() {
		assertThat(BuiltInRuleSets.ALL).extracting(ScanRuleSet::id).containsExactly(ScanRuleSets.FULL_PII,
				ScanRuleSets.METADATA_ONLY, ScanRuleSets.PCI_FOCUS, ScanRuleSets.HIPAA_FOCUS);
		assertThat(BuiltInRuleSets.ALL).allSatisfy(set -> {
			assertThat(set.builtIn()).isTrue();
			assertThat(set.version()).isEqualTo(1);
		});
		ScanRuleSet metadata = BuiltInRuleSets.find(ScanRuleSets.METADATA_ONLY).orElseThrow();
		assertThat(metadata.rules().classify()).isFalse();
		assertThat(metadata.rules().profile()).isFalse();
		ScanRuleSet full = BuiltInRuleSets.find(ScanRuleSets.FULL_PII).orElseThrow();
		assertThat(full.rules().classificationTypes()).isEmpty();
		assertThat(full.rules().appliesType("EMAIL_ADDRESS")).isTrue();
	}
}
