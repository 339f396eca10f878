/**
 * The project's own labelled corpus: realistic schemas (HR, e-commerce, SaaS accounts, CRM…) whose tables are
 * generated from a seed, loaded into real PostgreSQL and MariaDB databases and labelled column by column, so the
 * accuracy harnesses can measure the classifier on data it was never shaped on. Value lists live under
 * {@code resources/corpus/} and are written independently of the classifier's dictionaries and validators.
 */
package io.pursight.bench.corpus;
