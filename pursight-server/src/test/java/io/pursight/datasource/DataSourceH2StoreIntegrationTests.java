package io.pursight.datasource;

/** The data source scenarios with the metadata in the embedded H2 store (the default). */
class DataSourceH2StoreIntegrationTests extends DataSourceScenarios {
}
