package io.pursight.classifier.internal.engine;

/** Where a name phrase counts: everywhere, or only in a table or among siblings of a certain kind. */
enum Cue {
	ANYWHERE, PERSON_TABLE, ORGANIZATION_TABLE, ADDRESS_SIBLINGS;

	boolean holdsIn(NameContext context) {
		return switch (this) {
			case ANYWHERE -> true;
			case PERSON_TABLE -> context.personTable();
			case ORGANIZATION_TABLE -> context.organizationTable();
			case ADDRESS_SIBLINGS -> context.addressSiblings();
		};
	}
}
