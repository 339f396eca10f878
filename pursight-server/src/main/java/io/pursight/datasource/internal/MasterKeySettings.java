package io.pursight.datasource.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key that seals stored source passwords comes from: {@code pursight.master-key} (base64), or, when
 * empty, {@code <pursight.data-dir>/master.key}, generated at first start.
 */
@ConfigurationProperties("pursight")
record MasterKeySettings(String masterKey, Path dataDir) {

	MasterKeySettings {
		masterKey = masterKey == null ? "" : masterKey;
		if (dataDir == null) {
			throw new IllegalArgumentException("pursight.data-dir is not set; it names the directory that holds the "
					+ "generated keys (for example ./data).");
		}
	}

	@Override
	public String toString() {
		return "MasterKeySettings[masterKey=" + (masterKey.isEmpty() ? "(generated)" : "(hidden)") + ", dataDir="
				+ dataDir + "]";
	}
}
