/**
 * Profiling internals of the scan module: column profiles computed from a sample or from a source's aggregate
 * figures, and their storage. Plain computation apart from {@link io.pursight.scan.profile.ProfileRepository}.
 */
package io.pursight.scan.profile;
