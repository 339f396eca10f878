package io.pursight;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries: modules use each other's top-level API only, and depend on each other without cycles. */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundariesAndHaveNoCycles() {
		ApplicationModules.of(PursightApplication.class).verify();
	}
}
