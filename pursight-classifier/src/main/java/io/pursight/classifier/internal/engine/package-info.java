/** The classification engine: name evidence, per-value tests, the confidence model and the built-in detectors. */
package io.pursight.classifier.internal.engine;
