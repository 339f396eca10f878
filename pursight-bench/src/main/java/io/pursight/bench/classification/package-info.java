/** Accuracy and throughput benchmarks of the column classifier: synthetic labelled columns, real sample databases, JMH. */
package io.pursight.bench.classification;
