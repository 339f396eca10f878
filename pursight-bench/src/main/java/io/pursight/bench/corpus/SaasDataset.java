package io.pursight.bench.corpus;

import static io.pursight.bench.corpus.SqlType.BIGINT;
import static io.pursight.bench.corpus.SqlType.BOOLEAN;
import static io.pursight.bench.corpus.SqlType.INET;
import static io.pursight.bench.corpus.SqlType.INT;
import static io.pursight.bench.corpus.SqlType.JSON;
import static io.pursight.bench.corpus.SqlType.SMALLINT;
import static io.pursight.bench.corpus.SqlType.TEXT;
import static io.pursight.bench.corpus.SqlType.TIMESTAMP;
import static io.pursight.bench.corpus.SqlType.UUID;
import static io.pursight.bench.corpus.SqlType.decimal;
import static io.pursight.bench.corpus.SqlType.varchar;

import io.pursight.synthetic.CompanyIds;
import io.pursight.synthetic.SeededRandom;
import io.pursight.synthetic.Serials;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The account side of a SaaS product, in the camelCase an ORM generates: users with password hashes of three
 * frameworks, sessions with JWTs and IPs, personal API keys, an audit log with JSON payloads, subscriptions,
 * devices, service accounts holding real secrets, and the feature flags and webhook logs that are all
 * negatives (status codes, durations, checksums, versions).
 */
final class SaasDataset implements CorpusDataset {
	private static final LocalDate LAUNCH = LocalDate.of(2019, 9, 1);
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
	private static final String[] ACTIONS = {"user.login", "user.logout", "user.password_changed", "project.created",
			"project.deleted", "member.invited", "apikey.created", "billing.card_updated", "export.downloaded"};

	@Override
	public String name() {
		return "saas";
	}

	@Override
	public List<CorpusTable> tables() {
		return List.of(users(), sessions(), apiKeys(), auditLog(), plans(), subscriptions(), serviceAccounts(), devices(),
				featureFlags(), webhookDeliveries());
	}

	/** A version-4-shaped UUID drawn from the row's random stream (stable across runs, unlike UUID.randomUUID). */
	static String uuid(SeededRandom random) {
		String h = Values.hex(random, 16);
		return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
				+ "89ab".charAt(random.between(0, 3)) + h.substring(17, 20) + "-" + h.substring(20);
	}

	private static CorpusTable users() {
		return CorpusTable.named("users", 15000)
				.column("id", UUID, r -> uuid(r.random()))
				.column("userName", varchar(60), r -> Values.username(r.person(), r.random())).expect("USERNAME")
				.column("email", varchar(160), r -> r.random().chance(0.7) ? Values.privateEmail(r.person(), r.random())
						: Values.workEmail(r.person(), r.random().pick(new String[] {"acme.io", "globex.co.uk", "initech.de",
								"tata-infra.in", "sunrise.com.br"}), r.random())).expect("EMAIL_ADDRESS")
				.column("displayName", varchar(120), r -> r.random().chance(0.1) ? r.person().familyFirst()
						: r.person().fullName()).expect("PERSON_NAME")
				.column("passwordHash", varchar(128), r -> Values.passwordHash(r.random())).expect("PASSWORD").sparse(0.08)
				.column("avatarUrl", varchar(200), r -> "https://avatars.app.example/u/" + Values.hex(r.random(), 10) + ".png")
				.optional("URL").sparse(0.55)
				.column("locale", varchar(8), r -> r.random().pick(new String[] {"en-US", "en-GB", "de-DE", "fr-FR", "es-MX",
						"pt-BR", "ja-JP", "hi-IN", "pl-PL"}))
				.column("timeZone", varchar(40), r -> r.random().pick(new String[] {"Europe/Berlin", "America/New_York",
						"Asia/Kolkata", "Asia/Tokyo", "America/Sao_Paulo", "Africa/Lagos", "UTC"}))
				.column("emailVerified", BOOLEAN, r -> r.random().chance(0.9))
				.column("createdAt", TIMESTAMP, r -> Values.timestamp(r.random(), LAUNCH, TODAY))
				.column("lastLoginAt", TIMESTAMP, r -> Values.timestamp(r.random(), TODAY.minusDays(400), TODAY)).sparse(0.1)
				.column("loginCount", INT, r -> r.random().between(0, 4000))
				.build();
	}

	private static CorpusTable sessions() {
		return CorpusTable.named("userSessions", 50000)
				.column("sid", UUID, r -> uuid(r.random()))
				.column("userId", UUID, r -> uuid(r.random()))
				.column("accessToken", TEXT, r -> Network.jwt(uuid(r.random()),
						Values.timestamp(r.random(), TODAY.minusDays(30), TODAY).toEpochSecond(ZoneOffset.UTC), r.random()))
				.expect("JWT")
				.column("refreshToken", varchar(64), r -> "rt_" + Values.base62(r.random(), 48)).optional("API_KEY")
				.column("ip", INET, r -> Network.ip(r.random())).expect("IP_ADDRESS")
				.column("userAgent", TEXT, r -> Network.userAgent(r.random()))
				.column("createdAt", TIMESTAMP, r -> Values.timestamp(r.random(), TODAY.minusDays(30), TODAY))
				.column("expiresAt", TIMESTAMP, r -> Values.timestamp(r.random(), TODAY, TODAY.plusDays(30)))
				.column("revoked", BOOLEAN, r -> r.random().chance(0.05))
				.build();
	}

	private static CorpusTable apiKeys() {
		return CorpusTable.named("apiKeys", 800)
				.column("keyId", INT, r -> r.index() + 1)
				.column("userId", UUID, r -> uuid(r.random()))
				.column("name", varchar(60), r -> r.random().pick(new String[] {"CI deploy", "terraform", "local dev",
						"zapier", "backup script", "grafana"}))
				.column("keyPrefix", varchar(12), r -> "sk_live_" + Values.base62(r.random(), 4))
				.column("keyHash", varchar(64), r -> Values.hex(r.random(), 32)).optional("API_KEY")
				.column("scopes", varchar(80), r -> r.random().pick(new String[] {"read", "read,write", "admin", "billing:read"}))
				.column("lastUsedIp", varchar(45), r -> Network.ip(r.random())).expect("IP_ADDRESS").sparse(0.3)
				.column("createdAt", TIMESTAMP, r -> Values.timestamp(r.random(), LAUNCH, TODAY))
				.build();
	}

	private static CorpusTable auditLog() {
		return CorpusTable.named("audit_log", 50000)
				.column("eventId", BIGINT, r -> 1L + r.index())
				.column("actor", varchar(60), r -> Values.username(r.person(), r.random())).expect("USERNAME")
				.column("action", varchar(40), r -> r.random().pick(ACTIONS))
				.column("targetId", UUID, r -> uuid(r.random()))
				.column("ipAddress", varchar(45), r -> Network.ip(r.random())).expect("IP_ADDRESS")
				.column("requestId", varchar(32), r -> Values.hex(r.random(), 16))
				.column("payload", JSON, SaasDataset::payload).embeds("EMAIL_ADDRESS", "IP_ADDRESS")
				.column("ts", TIMESTAMP, r -> Values.timestamp(r.random(), LAUNCH, TODAY))
				.build();
	}

	private static String payload(CorpusRow r) {
		SeededRandom random = r.random();
		return switch (random.between(0, 4)) {
			case 0 -> "{\"invitee\": \"" + Values.privateEmail(People.draw(random), random) + "\", \"role\": \"member\"}";
			case 1 -> "{\"project\": \"" + Codes.productName(random) + "\", \"visibility\": \"private\"}";
			case 2 -> "{\"mfa\": true, \"method\": \"totp\", \"from\": \"" + Network.ipv4(random) + "\"}";
			case 3 -> "{\"format\": \"csv\", \"rows\": " + random.between(10, 90000) + "}";
			default -> "{}";
		};
	}

	private static CorpusTable plans() {
		String[] codes = {"free", "starter", "team", "enterprise"};
		return CorpusTable.named("plans", 4)
				.column("planCode", varchar(20), r -> codes[r.index()])
				.column("priceMonthly", decimal(8, 2), r -> new java.math.BigDecimal(new String[] {"0.00", "9.00", "29.00",
						"99.00"}[r.index()]))
				.column("seats", INT, r -> new int[] {1, 3, 25, 1000}[r.index()])
				.column("features", JSON, r -> "{\"sso\": " + (r.index() == 3) + ", \"storageGb\": " + (5 << r.index()) + "}")
				.build();
	}

	private static CorpusTable subscriptions() {
		return CorpusTable.named("subscriptions", 9000)
				.column("subId", varchar(32), r -> "sub_" + Values.base62(r.random(), 14))
				.column("stripeCustomer", varchar(32), r -> "cus_" + Values.base62(r.random(), 14))
				.column("planCode", varchar(20), r -> r.random().pick(new String[] {"free", "starter", "team", "enterprise"}))
				.column("status", varchar(12), r -> r.random().pick(new String[] {"active", "trialing", "past_due", "canceled"}))
				.column("seats", INT, r -> r.random().between(1, 250))
				.column("mrrCents", INT, r -> 100 * r.random().between(0, 9900))
				.column("billingEmail", varchar(160), r -> Values.workEmail(r.person(), "billing-" + r.index() % 97 + ".example.com",
						r.random())).expect("EMAIL_ADDRESS")
				.column("companyName", varchar(120), r -> Values.company(r.random())).expect("ORGANIZATION_NAME").sparse(0.3)
				.column("vatId", varchar(16), r -> CompanyIds.vatNumber(r.random().pick(new String[] {"DE", "BE", "IT", "AT"}),
						r.random())).expect("VAT_ID").sparse(0.6)
				.column("trialEndsAt", TIMESTAMP, r -> Values.timestamp(r.random(), LAUNCH, TODAY)).sparse(0.5)
				.build();
	}

	private static CorpusTable serviceAccounts() {
		return CorpusTable.named("serviceAccounts", 3)
				.column("name", varchar(40), r -> new String[] {"svc-backup", "svc-billing-sync", "svc-search-indexer"}[r.index()])
				.column("clientId", UUID, r -> uuid(r.random()))
				.column("clientSecret", varchar(64), r -> Values.base62(r.random(), 48)).expect("API_KEY")
				.column("awsAccessKeyId", varchar(20), r -> "AKIA" + r.random().lettersOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
				.expect("AWS_ACCESS_KEY")
				.column("awsSecretAccessKey", varchar(40), r -> Values.base62(r.random(), 36) + "/" + Values.base62(r.random(), 3))
				.optional("API_KEY")
				.column("privateKeyPem", TEXT, SaasDataset::pem).expect("PRIVATE_KEY")
				.column("rotatedAt", TIMESTAMP, r -> Values.timestamp(r.random(), TODAY.minusDays(90), TODAY))
				.build();
	}

	private static String pem(CorpusRow r) {
		StringBuilder body = new StringBuilder("MIIEv" + Values.base62(r.random(), 59));
		for (int i = 0; i < 25; i++) {
			body.append('\n').append(Values.base62(r.random(), 64));
		}
		return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
	}

	private static CorpusTable devices() {
		return CorpusTable.named("devices", 6000)
				.column("deviceId", UUID, r -> uuid(r.random()))
				.column("userId", UUID, r -> uuid(r.random()))
				.column("platform", varchar(10), r -> r.random().pick(new String[] {"ios", "android", "windows", "macos"}))
				.column("osVersion", varchar(16), r -> r.random().between(10, 17) + "." + r.random().between(0, 6))
				.column("appVersion", varchar(24), r -> Codes.version(r.random()))
				.column("macAddr", varchar(17), r -> Network.mac(r.random())).expect("MAC_ADDRESS").sparse(0.5)
				.column("imei", varchar(15), r -> Serials.imei(r.random())).expect("IMEI").sparse(0.6)
				.column("lastSeenIp", INET, r -> Network.ip(r.random())).expect("IP_ADDRESS")
				.column("batteryPct", SMALLINT, r -> r.random().between(1, 100))
				.build();
	}

	private static CorpusTable featureFlags() {
		String[] flags = {"new-editor", "ai-summaries", "dark-mode", "bulk-export", "sso-enforced"};
		return CorpusTable.named("featureFlags", 5)
				.column("flagKey", varchar(40), r -> flags[r.index()])
				.column("enabled", BOOLEAN, r -> r.random().chance(0.5))
				.column("rolloutPct", SMALLINT, r -> 10 * r.random().between(0, 10))
				.column("description", TEXT, r -> Values.lorem(r.random(), 2))
				.column("updatedBy", varchar(60), r -> Values.username(r.person(), r.random())).expect("USERNAME")
				.build();
	}

	private static CorpusTable webhookDeliveries() {
		return CorpusTable.named("webhook_deliveries", 20000)
				.column("id", BIGINT, r -> 1L + r.index())
				.column("endpointUrl", varchar(200), r -> "https://" + r.random().pick(new String[] {"hooks.acme.io", "api.globex.co.uk",
						"n8n.initech.de"}) + "/webhooks/" + Values.hex(r.random(), 6)).optional("URL")
				.column("eventType", varchar(40), r -> r.random().pick(ACTIONS))
				.column("statusCode", SMALLINT, r -> r.random().pick(new Integer[] {200, 200, 200, 201, 204, 400, 404, 410, 429,
						500, 502, 503}))
				.column("durationMs", INT, r -> r.random().between(12, 9000))
				.column("attempt", SMALLINT, r -> r.random().between(1, 5))
				.column("responseSha1", varchar(40), r -> Values.hex(r.random(), 20))
				.column("sentAt", TIMESTAMP, r -> Values.timestamp(r.random(), TODAY.minusDays(60), TODAY))
				.build();
	}
}
