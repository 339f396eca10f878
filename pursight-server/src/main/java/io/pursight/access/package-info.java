/**
 * Access control: local users, login with JWT access and rotating refresh tokens, roles and
 * permissions checked on every endpoint (deny by default), workspace memberships, audit log.
 */
package io.pursight.access;
