package io.pursight.access.internal;

import java.security.SecureRandom;

import io.pursight.common.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform administrator when there are no users yet. Its password comes
 * from configuration, or is generated and printed once: there is no default password. A
 * configured password the {@link PasswordPolicy} refuses stops the start, with the reason.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserDirectory directory;
	private final PasswordPolicy policy;
	private final String username;
	private final String configuredPassword;

	AdminBootstrap(UserDirectory directory, PasswordPolicy policy, SecuritySettings settings) {
		this.directory = directory;
		this.policy = policy;
		this.username = settings.adminUsername();
		this.configuredPassword = settings.adminPassword();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!directory.isEmpty()) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? generate() : configuredPassword;
		if (!generated) {
			try {
				policy.check(password, username);
			}
			catch (Problem refused) {
				// names the setting and says why; never contains the password
				throw new IllegalStateException("Cannot create the first administrator '" + username + "': the password "
						+ "in PURSIGHT_ADMIN_PASSWORD (pursight.security.admin-password) is refused. " + refused.getMessage()
						+ " Or leave the setting empty to have a strong password generated and printed once.");
			}
		}
		directory.create(username, "Administrator", null, password, true);
		if (generated) {
			// Printed once, on purpose: the only way a new user learns the generated password.
			System.out.printf("%n  PurSight first start: created administrator '%s' with password  %s%n"
					+ "  Store it now; it is not shown again. Set PURSIGHT_ADMIN_PASSWORD to choose it yourself.%n%n",
					username, password);
		}
		log.info("Created the first platform administrator '{}'", username);
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
