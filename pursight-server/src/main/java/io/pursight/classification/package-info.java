/**
 * Column classification: runs the classifier over sampled columns of cataloged sources, keeps the
 * labels with their evidence, queues doubtful ones for stewards, learns from their decisions and
 * rolls sensitivity up from columns to tables, schemas and sources.
 */
@ApplicationModule(allowedDependencies = {"common", "platform", "access", "catalog", "datasource", "classifier"})
package io.pursight.classification;

import org.springframework.modulith.ApplicationModule;
