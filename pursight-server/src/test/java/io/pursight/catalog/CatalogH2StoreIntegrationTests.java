package io.pursight.catalog;

/** The catalog scenarios with the metadata in the embedded H2 store (the default). */
class CatalogH2StoreIntegrationTests extends CatalogScenarios {
}
