/** The demo: a generated sample database registered and discovered at first start, so a new user sees a populated catalog. */
@ApplicationModule(allowedDependencies = {"common", "platform", "workspace", "datasource", "catalog", "synthetic"})
package io.pursight.demo;

import org.springframework.modulith.ApplicationModule;
