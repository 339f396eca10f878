/**
 * Runtime infrastructure every capability runs on, and no domain logic: persistent jobs and event
 * redelivery (db-scheduler), the HTTP conventions (problem documents, strict JSON, body limits,
 * OpenAPI), the limit on CPU-heavy operations, key files and the data directory. Its API is this
 * package ({@link io.pursight.platform.JobQueue}, {@link io.pursight.platform.CpuHeavy}, …); the
 * sub-packages are its own.
 */
@ApplicationModule(allowedDependencies = {"common"})
package io.pursight.platform;

import org.springframework.modulith.ApplicationModule;
