/**
 * Scan runs: a source scanned under a rule set — discovered, then read object by object by parallel workers
 * (persistent jobs on any replica) that classify and profile each object from one sample and store it in one
 * transaction — with the run's state machine, progress, per-object outcomes, retries, pause/resume/cancel,
 * incremental runs, profiles and the runs of schedules.
 */
@ApplicationModule(allowedDependencies = {"common", "platform", "access", "catalog", "datasource", "classification",
		"scanrules"})
package io.pursight.scan;

import org.springframework.modulith.ApplicationModule;
