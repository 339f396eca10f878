package io.pursight.datasource.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key that seals stored source passwords comes from: {@code pursight.master-key} (base64), or, when
 * empty, {@code <pursight.data-dir>/master.key}, generated at first start.
 */
@ConfigurationProperties("pursight")
record MasterKeySettings(String masterKey) {

	MasterKeySettings {
		masterKey = masterKey == null ? "" : masterKey;
	}

	@Override
	public String toString() {
		return "MasterKeySettings[masterKey=" + (masterKey.isEmpty() ? "(generated)" : "(hidden)") + "]";
	}
}
