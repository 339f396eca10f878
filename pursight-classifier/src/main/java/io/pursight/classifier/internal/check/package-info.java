/** Structural validators (checksums, registries of prefixes and ranges) for single values; pure functions, no allocation where avoidable. */
package io.pursight.classifier.internal.check;
