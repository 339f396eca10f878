/**
 * Synthetic identifiers with real check digits (payment cards, IBANs, national ids, VINs, IMEIs,
 * VAT numbers…) for the demo database, the tests and the benchmarks. Plain Java, no dependencies,
 * deterministic for a seed. The classifier validates values with its own code, never this one.
 */
package io.pursight.synthetic;
