/** Explainable column classification: which sensitive data types a column holds, and why. */
package io.pursight.classifier;
