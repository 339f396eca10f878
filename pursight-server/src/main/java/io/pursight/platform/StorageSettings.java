package io.pursight.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where PurSight keeps its files ({@code pursight.data-dir}): the embedded store, generated keys and
 * embedded H2 sources. Bound once for the whole application; modules inject it.
 *
 * @param dataDir the data directory; relative paths are taken from the working directory
 */
@ConfigurationProperties("pursight")
public record StorageSettings(@DefaultValue("./data") Path dataDir) {
}
