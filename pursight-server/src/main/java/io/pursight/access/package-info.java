/**
 * Access control: local users, login with JWT access and rotating refresh tokens, roles and
 * permissions checked on every endpoint (deny by default), workspace memberships, audit log.
 */
@ApplicationModule(allowedDependencies = {"common", "platform"})
package io.pursight.access;

import org.springframework.modulith.ApplicationModule;
