package io.pursight.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses JSON text that is not valid Unicode: a string or object key holding half of a UTF-16
 * surrogate pair (as the escape {@code "\ud800"} produces) would be stored as a name no
 * database, file or browser can represent faithfully. Installed for every {@code String} the
 * mapper reads, fields, list elements, map values and keys alike.
 */
final class WellFormedStrings {

	private WellFormedStrings() {
	}

	static SimpleModule module() {
		return new SimpleModule("pursight-well-formed-strings").addDeserializer(String.class, new Values())
				.addKeyDeserializer(String.class, new Keys());
	}

	/** Position of the first surrogate without its partner in {@code s}, or -1. */
	static int unpairedSurrogate(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/** Thrown for a string with a lone surrogate; the problem names the field and the position. */
	static final class UnpairedSurrogate extends InvalidFormatException {
		private final int position;
		private final boolean key;

		UnpairedSurrogate(JsonParser p, int position, boolean key) {
			super(p, "unpaired UTF-16 surrogate at position " + position, null, String.class);
			this.position = position;
			this.key = key;
		}

		int position() {
			return position;
		}

		boolean inKey() {
			return key;
		}
	}

	private static final class Values extends StringDeserializer {
		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			int at = value == null ? -1 : unpairedSurrogate(value);
			if (at >= 0) {
				throw new UnpairedSurrogate(p, at, false);
			}
			return value;
		}
	}

	private static final class Keys extends KeyDeserializer {
		@Override
		public Object deserializeKey(String key, DeserializationContext ctxt) {
			int at = unpairedSurrogate(key);
			if (at >= 0) {
				throw new UnpairedSurrogate(ctxt.getParser(), at, true);
			}
			return key;
		}
	}
}
