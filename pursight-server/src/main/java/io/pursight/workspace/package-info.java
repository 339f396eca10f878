/** Workspaces: the tenant boundary. Lifecycle (create, rename, archive, restore) and the default workspace. */
@ApplicationModule(allowedDependencies = {"common", "access"})
package io.pursight.workspace;

import org.springframework.modulith.ApplicationModule;
