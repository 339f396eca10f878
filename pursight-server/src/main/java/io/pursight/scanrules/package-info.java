/**
 * Scan rule sets and schedules: <em>what</em> a scan reads (include/exclude patterns, object kinds,
 * sampling, classification types, profiling, incremental mode, limits), versioned so a run records the
 * version it used, with built-in templates; and <em>when</em> (cron schedules per source and rule set),
 * announced as events the scan module acts on.
 */
@ApplicationModule(allowedDependencies = {"common", "platform", "access", "catalog", "datasource"})
package io.pursight.scanrules;

import org.springframework.modulith.ApplicationModule;
