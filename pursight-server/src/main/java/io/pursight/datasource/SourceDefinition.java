package io.pursight.datasource;

import java.util.Map;

import io.pursight.common.DisplayNames;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a steward enters to register (or redefine) a data source. Either host/port/database or
 * jdbcUrl. The password is write-only: it is encrypted at rest and never shown again.
 */
public record SourceDefinition(
		@NotBlank @Size(max = 200) @Pattern(regexp = DisplayNames.PATTERN, message = DisplayNames.MESSAGE)
		@Schema(example = "sales-warehouse") String name,
		@Size(max = 2000) String description,
		@NotNull @Schema(example = "POSTGRESQL") Engine engine,
		@Size(max = 255) @Schema(example = "db.internal.example.com") String host,
		@Schema(example = "5432") Integer port,
		@Size(max = 255) @Schema(example = "sales") String database,
		@Size(max = 2000) @Schema(description = "Alternative to host/port/database", example = "jdbc:postgresql://db:5432/sales") String jdbcUrl,
		@Size(max = 255) @Schema(example = "pursight_reader") String username,
		@Size(max = 4096) @Schema(description = "Write-only; omitted or null keeps the stored password on update",
				accessMode = Schema.AccessMode.WRITE_ONLY) String password,
		@Schema(description = "Driver options from a per-engine allowlist", example = "{\"sslmode\": \"require\"}")
		Map<@Size(max = 100) String, @Size(max = 500) String> options) {

	/** The connection spec, validated; throws a 400 problem when the definition is unusable. */
	public ConnectionSpec toSpec(String effectivePassword) {
		return new ConnectionSpec(engine, host, port, database, jdbcUrl, username, effectivePassword,
				options == null ? Map.of() : options);
	}

	@Override
	public String toString() {
		return "SourceDefinition[name=" + name + ", engine=" + engine + ", host=" + host + ", port=" + port
				+ ", database=" + database + ", username=" + username + ", password=(hidden)]";
	}
}
