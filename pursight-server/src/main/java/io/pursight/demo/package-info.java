/** The demo: a generated sample database registered and discovered at first start, so a new user sees a populated catalog. */
package io.pursight.demo;
