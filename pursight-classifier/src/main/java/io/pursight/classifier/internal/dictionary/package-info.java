/** Word lists shipped as resources (names, places, job words) and their folded in-memory form. */
package io.pursight.classifier.internal.dictionary;
