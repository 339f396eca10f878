package io.pursight.access;

import java.nio.file.Path;

import io.pursight.PursightApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first start of a server whose operator configured a guessable administrator password. */
class AdminBootstrapIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aGuessableConfiguredAdministratorPasswordStopsTheFirstStartSayingWhy() {
		String weak = "Password1234!";
		SpringApplication application = new SpringApplication(PursightApplication.class);

		assertThatThrownBy(() -> application.run("--server.port=0", "--pursight.data-dir=" + dataDir,
				"--pursight.demo.enabled=false", "--pursight.security.admin-password=" + weak,
				"--spring.main.banner-mode=off"))
				.satisfies(e -> assertThat(rootOf(e))
						.hasMessageContaining("PURSIGHT_ADMIN_PASSWORD")
						.hasMessageContaining("too easy to guess")
						.hasMessageContaining("leave the setting empty")
						.message().doesNotContain(weak));
	}

	private static Throwable rootOf(Throwable e) {
		return e.getCause() == null ? e : rootOf(e.getCause());
	}
}
