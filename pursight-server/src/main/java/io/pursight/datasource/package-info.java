/** Data sources: registered databases, their encrypted credentials, connection tests, health and schema discovery. */
@ApplicationModule(allowedDependencies = {"common", "platform", "access", "catalog"})
package io.pursight.datasource;

import org.springframework.modulith.ApplicationModule;
