/**
 * Scan runs: discovery and classification of a source requested over the API, queued and run off the
 * request thread as persistent jobs, with their state machine, step reports and errors kept per run.
 */
@ApplicationModule(allowedDependencies = {"common", "platform", "access", "catalog", "datasource", "classification",
		"scanrules"})
package io.pursight.scan;

import org.springframework.modulith.ApplicationModule;
