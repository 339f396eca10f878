/** Generation of the synthetic demo database (an embedded H2 file) a new installation scans first. */
package io.pursight.demo.internal;
