/** Workspaces: the tenant boundary. Lifecycle (create, rename, archive, restore) and the default workspace. */
package io.pursight.workspace;
