package io.pursight.access.internal;

import java.time.Duration;
import javax.crypto.spec.SecretKeySpec;

import io.pursight.platform.KeyMaterial;
import io.pursight.platform.StorageSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP security: stateless bearer tokens, everything authenticated except login, refresh,
 * probes, the API documentation and the live-updates handshake (authenticated on its STOMP CONNECT). Fine-grained permissions are checked per operation by
 * {@link PermissionCheck}. An access token must be signed by us, unexpired, of type access, and
 * of a session that has not ended; only logout also takes an expired one, so that a client whose
 * token lapsed can still end its session.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

	static final String ISSUER = "pursight";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint problems, JwtDecoder tokens,
			TokenKey key, SecuritySettings settings) throws Exception {
		AuthenticationManager strict = manager(tokens);
		AuthenticationManager lapsedAllowed = manager(lapsedTokenDecoder(key, settings.refreshTokenTtl()));
		RequestMatcher logout = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGOUT);
		http.csrf(csrf -> csrf.disable())
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.httpBasic(b -> b.disable())
				.formLogin(f -> f.disable())
				.logout(l -> l.disable())
				.requestCache(c -> c.disable())
				.authorizeHttpRequests(auth -> {
					auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/auth/refresh").permitAll()
							.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
							.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
							.permitAll()
							.requestMatchers("/error").permitAll()
							// the live-updates handshake: its STOMP CONNECT frame carries the token (StompAuthorization)
							.requestMatchers(HttpMethod.GET, LiveUpdatesConfiguration.ENDPOINT).permitAll();
					if (settings.publicMetrics()) {
						auth.requestMatchers("/actuator/prometheus").permitAll();
					}
					else {
						auth.requestMatchers("/actuator/prometheus").hasAuthority(PLATFORM_ADMIN);
					}
					auth.requestMatchers("/api/**").authenticated().anyRequest().denyAll();
				})
				.oauth2ResourceServer(rs -> rs
						.authenticationManagerResolver(request -> logout.matches(request) ? lapsedAllowed : strict)
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems))
				.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
	static final String LOGOUT = "/api/v1/auth/logout";

	/** The data directory is the application's setting, not access control's: hence read on its own. */
	@Bean
	TokenKey tokenKey(SecuritySettings settings, StorageSettings storage) {
		return new TokenKey(new SecretKeySpec(KeyMaterial.loadOrCreate(settings.jwtSecret(), storage.dataDir().resolve("jwt.key"), 32,
				"JWT signing key"), "HmacSHA256"));
	}

	@Bean
	JwtDecoder jwtDecoder(TokenKey key, SessionRevocations sessions) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key.secret()).macAlgorithm(MacAlgorithm.HS256).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				new JwtTimestampValidator(Duration.ofSeconds(5)),
				new JwtIssuerValidator(ISSUER),
				new JwtClaimValidator<String>("typ", "access"::equals),
				new ActiveSessionValidator(sessions)));
		return decoder;
	}

	/**
	 * For logout only: a genuine access token that may have expired, as long as its session
	 * could still be alive (a refresh token lives no longer than its TTL), and whose session may
	 * already have ended (logging out twice is harmless). The caller is still identified by a
	 * signature, so nobody logs out anyone but themselves.
	 */
	private static JwtDecoder lapsedTokenDecoder(TokenKey key, Duration refreshTtl) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key.secret()).macAlgorithm(MacAlgorithm.HS256).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				new JwtTimestampValidator(refreshTtl),
				new JwtIssuerValidator(ISSUER),
				new JwtClaimValidator<String>("typ", "access"::equals)));
		return decoder;
	}

	private static AuthenticationManager manager(JwtDecoder decoder) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(TokenAuthorities::convert);
		return new ProviderManager(provider);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	record TokenKey(SecretKeySpec secret) {
	}
}
