package io.pursight.common;

import java.util.Objects;
import java.util.UUID;

/**
 * A typed id that knows what it names, so that a not-found answer can be phrased from the id
 * alone ({@link Problem#notFound(Identifier)}). Each module declares the {@link Kind} of its own
 * ids next to them; there is no central list of kinds to edit when a module is added.
 */
public interface Identifier {

	/** The id itself; never null. */
	UUID value();

	/** What this id names; never null. */
	Kind kind();

	/**
	 * What a kind of id names, in the words a not-found answer uses ({@code "data source"}), and
	 * where such things live.
	 */
	record Kind(String noun, Scope scope) {

		public Kind {
			Objects.requireNonNull(noun, "noun");
			Objects.requireNonNull(scope, "scope");
			if (noun.isBlank()) {
				throw new IllegalArgumentException("A kind of id needs a noun");
			}
		}
	}

	/**
	 * Where the things of a kind live, which decides how an answer that one does not exist is
	 * qualified: whoever may not see a thing is told it does not exist, not that it is hidden.
	 */
	enum Scope {

		/** Inside a workspace ("… exists in this workspace."): assets, sources, labels, runs… */
		IN_WORKSPACE,

		/** A workspace itself, seen only by its members ("… exists that you are a member of."). */
		TENANT,

		/** One per installation, seen by whoever may ask ("… exists."): user accounts. */
		PLATFORM
	}
}
