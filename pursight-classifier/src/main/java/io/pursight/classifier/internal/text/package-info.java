/** Text normalisation shared by the engine: accent folding, column-name tokens, per-value character profiles. */
package io.pursight.classifier.internal.text;
