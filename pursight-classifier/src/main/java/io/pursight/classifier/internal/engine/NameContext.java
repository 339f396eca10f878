package io.pursight.classifier.internal.engine;

import java.util.List;
import java.util.Set;

/**
 * What the surroundings of a column tell about generic column names: whether its table
 * holds people or organisations, whether sibling columns form a postal address (which
 * makes {@code region} a state or province), and the table's own words (singular), which can
 * finish a phrase the column name starts: a {@code token} of a table of {@code cards} is a card token.
 */
record NameContext(boolean personTable, boolean organizationTable, boolean addressSiblings, List<String> tableWords) {

	NameContext {
		tableWords = List.copyOf(tableWords);
	}

	NameContext(boolean personTable, boolean organizationTable, boolean addressSiblings) {
		this(personTable, organizationTable, addressSiblings, List.of());
	}

	static final Set<String> PERSON_ENTITIES = Set.of("customer", "client", "employee", "staff", "person", "people",
			"member", "patient", "contact", "student", "author", "driver", "passenger", "guest", "applicant", "candidate",
			"subscriber", "owner", "teacher", "doctor", "physician", "nurse", "worker", "visitor", "traveler", "traveller",
			"buyer", "agent", "representative", "manager", "recipient", "sender", "beneficiary", "holder", "insured",
			"policyholder", "tenant", "landlord", "resident", "citizen", "parent", "child", "mother", "father", "spouse",
			"attendee", "participant", "player", "athlete", "instructor", "coach", "supervisor", "witness", "donor",
			"volunteer", "user", "account", "profile", "individual", "lead", "prospect", "consumer", "shopper",
			"cardholder", "borrower", "lender", "debtor", "creditor", "signer", "signatory", "emergency", "kin",
			"personnel", "pupil", "alumnus", "faculty", "clinician", "provider", "caregiver", "dependent", "heir",
			"admin", "administrator", "operator", "moderator", "reviewer", "approver", "assignee", "consignee",
			"addressee", "payee", "kunde", "mitarbeiter", "cliente", "empleado", "salarie", "utilisateur", "persona", "pessoa");

	static final Set<String> ORGANIZATION_ENTITIES = Set.of("company", "organization", "organisation", "org", "vendor",
			"supplier", "shipper", "carrier", "manufacturer", "bank", "firm", "business", "employer", "institution",
			"agency", "merchant", "publisher", "distributor", "partner", "dealer", "retailer", "wholesaler", "insurer",
			"broker", "brand", "enterprise", "corporation", "subsidiary", "lender", "issuer", "payer", "contractor",
			"subcontractor", "school", "university", "hospital", "clinic", "pharmacy", "firma", "empresa", "societe");

	static final Set<String> ADDRESS_WORDS = Set.of("city", "town", "postal", "postcode", "zip", "zipcode", "country",
			"address", "street", "addr", "locality", "municipality");

	static final NameContext NONE = new NameContext(false, false, false);

	static NameContext of(List<String> tableWords, List<List<String>> siblingWords) {
		boolean person = false;
		boolean organization = false;
		for (String w : tableWords) {
			person |= PERSON_ENTITIES.contains(w);
			organization |= ORGANIZATION_ENTITIES.contains(w);
		}
		boolean address = false;
		for (List<String> sibling : siblingWords) {
			for (String w : sibling) {
				address |= ADDRESS_WORDS.contains(w);
			}
		}
		return new NameContext(person, organization, address, tableWords);
	}
}
