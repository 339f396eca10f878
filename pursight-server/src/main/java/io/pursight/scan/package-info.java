/**
 * Scan runs: discovery and classification of a source requested over the API, queued and run off the
 * request thread as persistent jobs, with their state machine, step reports and errors kept per run.
 */
package io.pursight.scan;
