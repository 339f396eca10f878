package io.pursight.common;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where PurSight keeps its files ({@code pursight.data-dir}): the embedded store, generated keys and
 * embedded H2 sources. A module that needs it enables it with
 * {@code @EnableConfigurationProperties(StorageSettings.class)} in its own configuration.
 *
 * @param dataDir the data directory; relative paths are taken from the working directory
 */
@ConfigurationProperties("pursight")
public record StorageSettings(@DefaultValue("./data") Path dataDir) {
}
