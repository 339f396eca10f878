package io.pursight.demo.internal;

import io.pursight.demo.internal.Addresses.Address;
import io.pursight.demo.internal.NationalIds.NationalId;
import io.pursight.demo.internal.People.Person;
import io.pursight.synthetic.BankAccounts;
import io.pursight.synthetic.SeededRandom;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The demo company's staff: its offices, departments and employees, with their pay and bank details. */
final class DemoStaff {

	private static final String WORK_EMAIL_DOMAIN = "corp.example.com";

	/** An office of the demo company: employees work, live and are paid there. */
	private record Office(String city, Country country, String switchboard, double salaryFactor) {
	}

	private static final List<Office> OFFICES = List.of(
			new Office("New York", Country.US, "+1 212 555 0100", 1.0),
			new Office("San Francisco", Country.US, "+1 415 555 0150", 1.08),
			new Office("London", Country.GB, "+44 20 7946 0500", 0.62),
			new Office("Berlin", Country.DE, "+49 30 20459000", 0.68),
			new Office("Paris", Country.FR, "+33 1 53 45 67 00", 0.62),
			new Office("Amsterdam", Country.NL, "+31 20 794 6000", 0.66),
			new Office("Bengaluru", Country.IN, "+91 80 4567 8900", 22.0));

	/** A department, its share of the staff, the salary of its entry role in US dollars, and its roles. */
	private record Department(String code, String name, String costCenter, int office, int weight, int baseSalaryUsd,
			String headTitle, String[] titles) {
	}

	private static final List<Department> DEPARTMENTS = List.of(
			new Department("EXEC", "Executive Office", "CC-1000", 0, 2, 140_000, "Chief Executive Officer",
					new String[] {"Chief Operating Officer", "Chief Financial Officer", "Executive Assistant", "Chief of Staff"}),
			new Department("SALES", "Sales", "CC-2100", 0, 24, 72_000, "VP of Sales",
					new String[] {"Account Executive", "Senior Account Executive", "Sales Development Representative",
							"Regional Sales Manager", "Sales Operations Analyst"}),
			new Department("MKT", "Marketing", "CC-2200", 2, 7, 78_000, "Head of Marketing",
					new String[] {"Marketing Manager", "Content Strategist", "SEO Specialist", "Brand Designer", "Growth Marketing Analyst"}),
			new Department("SUPPORT", "Customer Support", "CC-2300", 5, 18, 48_000, "Director of Customer Support",
					new String[] {"Customer Support Agent", "Senior Support Agent", "Support Team Lead", "Customer Success Manager"}),
			new Department("ENG", "Engineering", "CC-3100", 3, 20, 118_000, "VP of Engineering",
					new String[] {"Software Engineer", "Senior Software Engineer", "Staff Engineer", "Site Reliability Engineer",
							"Data Engineer", "QA Engineer", "Engineering Manager"}),
			new Department("DATA", "Data & Analytics", "CC-3200", 6, 6, 104_000, "Head of Data",
					new String[] {"Data Analyst", "Data Scientist", "Analytics Engineer", "BI Developer"}),
			new Department("FIN", "Finance", "CC-4100", 0, 6, 84_000, "VP of Finance",
					new String[] {"Accountant", "Financial Analyst", "Payroll Specialist", "Controller", "Accounts Payable Clerk"}),
			new Department("PEOPLE", "People & HR", "CC-4200", 2, 4, 74_000, "Chief People Officer",
					new String[] {"HR Business Partner", "Recruiter", "People Operations Specialist", "Compensation Analyst"}),
			new Department("LEGAL", "Legal & Compliance", "CC-4300", 4, 3, 110_000, "General Counsel",
					new String[] {"Legal Counsel", "Compliance Officer", "Data Protection Officer", "Paralegal"}),
			new Department("LOGI", "Logistics", "CC-5100", 1, 10, 46_000, "Director of Logistics",
					new String[] {"Warehouse Associate", "Logistics Coordinator", "Fulfillment Supervisor", "Inventory Analyst",
							"Procurement Specialist"}));

	/** Writes the departments and {@code employeeCount} employees; returns the ids of the sales representatives. */
	static List<Long> write(DemoRows rows, SeededRandom random, People people, int employeeCount) throws SQLException {
		var departmentRows = new ArrayList<Object[]>();
		for (int i = 0; i < DEPARTMENTS.size(); i++) {
			Department d = DEPARTMENTS.get(i);
			Office office = OFFICES.get(d.office());
			departmentRows.add(new Object[] {i + 1, d.code(), d.name(), d.costCenter(), office.city(), office.country().name(),
					DemoRows.at(LocalDate.of(2012, 1, 2).plusDays(random.between(0, 900)), 9)});
		}
		rows.insert("""
				INSERT INTO hr.departments (department_id, code, name, cost_center, office_city, office_country, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", departmentRows);

		int[] weights = DEPARTMENTS.stream().mapToInt(Department::weight).toArray();
		var employeeRows = new ArrayList<Object[]>(employeeCount);
		var salesReps = new ArrayList<Long>();
		long[] heads = new long[DEPARTMENTS.size()];
		var extensions = new LinkedHashSet<Integer>();
		for (long id = 1; id <= employeeCount; id++) {
			// employees 1..10 head the departments (1, heading the executive office, is the chief executive); the rest are staff
			int departmentIndex = id <= DEPARTMENTS.size() ? (int) id - 1 : random.weightedIndex(weights);
			Department department = DEPARTMENTS.get(departmentIndex);
			boolean head = id <= DEPARTMENTS.size();
			Long managerId = id == 1 ? null : head ? Long.valueOf(1) : Long.valueOf(heads[departmentIndex]);
			if (head) {
				heads[departmentIndex] = id;
			}
			String title = head ? department.headTitle() : random.pick(department.titles());
			Office office = head || random.chance(0.7) ? OFFICES.get(department.office()) : random.pick(OFFICES);
			Country country = office.country();
			Culture culture = random.chance(0.15) ? random.pick(Culture.values()) : country.culture(random);
			Person person = people.person(culture, head ? 32 : 23, head ? 48 : 35, 64);
			LocalDate earliestHire = person.birthDate().plusYears(22);
			if (earliestHire.isBefore(LocalDate.of(2012, 1, 2))) {
				earliestHire = LocalDate.of(2012, 1, 2);
			}
			LocalDate hired = random.dateBetween(earliestHire, head ? LocalDate.of(2021, 1, 1) : DemoDataWriter.TODAY.minusDays(14));
			if (hired.isBefore(earliestHire)) {
				hired = earliestHire;
			}
			String status = "ACTIVE";
			LocalDate terminated = null;
			if (!head && hired.isBefore(DemoDataWriter.TODAY.minusDays(400)) && random.chance(0.08)) {
				status = "TERMINATED";
				terminated = random.dateBetween(hired.plusDays(180), DemoDataWriter.TODAY.minusDays(7));
			}
			else if (!head && random.chance(0.03)) {
				status = "ON_LEAVE";
			}
			Address home = Addresses.random(country, country.city(office.city()), random);
			NationalId nationalId = NationalIds.of(country, person, random);
			int extension;
			do {
				extension = random.between(2000, 7999);
			}
			while (!extensions.add(extension));
			String iban = null;
			String routing = null;
			String account = null;
			if (DemoDataWriter.IBAN_COUNTRIES.contains(country)) {
				String compact = BankAccounts.iban(country.name(), random);
				iban = random.chance(0.7) ? compact : BankAccounts.printed(compact);
			}
			else if (country == Country.US) {
				routing = BankAccounts.abaRouting(random);
				account = random.digits(random.between(9, 12));
			}
			else {
				account = random.digits(random.between(11, 14));
			}
			double salaryUsd = id == 1 ? 320_000 : department.baseSalaryUsd() * seniority(title) * random.between(0.88, 1.15);
			double localSalary = salaryUsd * office.salaryFactor();
			long rounded = Math.round(localSalary / (country == Country.IN ? 1_000 : 100)) * (country == Country.IN ? 1_000 : 100);
			double bonus = head ? random.between(20, 30) : title.contains("Account Executive") ? 40 : random.between(0, 15);
			employeeRows.add(new Object[] {id, "E" + (10_000 + id), person.givenName(), person.familyName(),
					people.workEmail(person, WORK_EMAIL_DOMAIN), random.chance(0.7) ? people.personalEmail(person) : null,
					office.switchboard(), Integer.toString(extension), country.phoneNumber(home.city(), random),
					person.birthDate(), nationalId.value(), nationalId.type(), DemoRows.street(home), home.city().name(),
					home.city().region(), home.postalCode(), country.name(), departmentIndex + 1, managerId, title, office.city(),
					status, hired, terminated, DemoRows.money(rounded * 100), country.currency(), DemoRows.money(Math.round(bonus) * 100L), iban,
					routing, account, DemoRows.at(hired.minusDays(random.between(10, 40)), 10)});
			if (department.code().equals("SALES") && !head) {
				salesReps.add(id);
			}
		}
		rows.insert("""
				INSERT INTO hr.employees (employee_id, employee_number, first_name, last_name, work_email, personal_email,
				    work_phone, extension, mobile_phone, date_of_birth, national_id, national_id_type, home_street, home_city,
				    home_region, home_postal_code, home_country, department_id, manager_id, job_title, work_location,
				    employment_status, hire_date, termination_date, salary, salary_currency, bonus_target_pct, iban,
				    bank_routing_number, bank_account_number, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", employeeRows);
		var managers = new ArrayList<Object[]>();
		for (int i = 0; i < heads.length; i++) {
			managers.add(new Object[] {heads[i], i + 1});
		}
		rows.insert("UPDATE hr.departments SET manager_id = ? WHERE department_id = ?", managers);
		return salesReps;
	}

	private static double seniority(String title) {
		if (title.startsWith("Chief") || title.startsWith("VP") || title.startsWith("Head") || title.startsWith("Director")
				|| title.equals("General Counsel") || title.equals("Controller")) {
			return 2.0;
		}
		if (title.startsWith("Staff") || title.contains("Manager") || title.contains("Lead") || title.contains("Supervisor")) {
			return 1.45;
		}
		if (title.startsWith("Senior") || title.contains("Scientist") || title.contains("Counsel")) {
			return 1.25;
		}
		if (title.contains("Clerk") || title.contains("Associate") || title.contains("Agent") || title.contains("Representative")
				|| title.contains("Assistant") || title.equals("Paralegal")) {
			return 0.75;
		}
		return 1.0;
	}

	private DemoStaff() {
	}
}
