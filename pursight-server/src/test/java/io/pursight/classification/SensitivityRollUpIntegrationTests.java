package io.pursight.classification;

/** The roll-up and batch decision scenarios on the embedded H2 store. */
class SensitivityRollUpIntegrationTests extends SensitivityRollUpScenarios {
}
