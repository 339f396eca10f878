/** Running user-supplied regular expressions under a step and time budget. */
package io.pursight.classifier.internal.regex;
