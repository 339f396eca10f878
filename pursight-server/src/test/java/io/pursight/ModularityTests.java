package io.pursight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries: modules use each other's top-level API only, depend only on the modules their
 * {@code package-info} allows, and have no cycles. Every module of the server pins its dependencies, so a
 * new arrow in the module graph (docs/architecture.md) is a deliberate edit, not an accident.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(PursightApplication.class);
	/** Packages of other Maven modules (plain-Java engines, test support): their own builds keep them apart. */
	private static final Set<String> OUTSIDE_THE_SERVER = Set.of("classifier", "synthetic", "testing");

	@Test
	void modulesRespectTheirBoundariesAndHaveNoCycles() {
		MODULES.verify();
	}

	@Test
	void everyServerModulePinsTheModulesItMayDependOn() throws Exception {
		List<String> unpinned = new ArrayList<>();
		for (var module : MODULES) {
			if (OUTSIDE_THE_SERVER.contains(module.getIdentifier().toString())) {
				continue;
			}
			String packageName = module.getBasePackage().getName();
			ApplicationModule declared = Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
			if (declared == null || declared.allowedDependencies().length == 1
					&& ApplicationModule.OPEN_TOKEN.equals(declared.allowedDependencies()[0])) {
				unpinned.add(packageName);
			}
		}
		assertThat(unpinned).as("modules without allowedDependencies in their package-info").isEmpty();
	}
}
