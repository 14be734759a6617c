package uk.familyagreements.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.familyagreements.app.accessaudit.AccessAuditLog;

/**
 * Authentication (ADR 0040): web pages sign in with a form and keep a session; API clients send HTTP Basic on
 * every request over the same staff directory and never get a session. CSRF tokens guard every state-changing
 * request that rides on a session cookie; a request that carries its own Basic credentials, or no session at all,
 * has no ambient credential to abuse. The 401 carries no {@code WWW-Authenticate} challenge, so browsers never
 * cache Basic credentials (which would make them ambient). OpenID Connect sign-in is added when configured.
 * What a signed-in user may then do is decided per request by {@code app.access.AuthorisationFilter}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationProvider passwordSignIn,
                                            SecurityProperties properties,
                                            ObjectProvider<ClientRegistrationRepository> registrations,
                                            JdbcClient jdbc) throws Exception {
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        RequestMatcher actuator = new AntPathRequestMatcher("/actuator/**");
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(passwordSignIn));
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                actuator))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .formLogin(form -> form.permitAll())
                .logout(logout -> logout.deleteCookies("FASESSION"))
                .sessionManagement(session -> session
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(SecurityConfiguration::carriesNoAmbientCredential))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        ClientRegistrationRepository clients = registrations.getIfAvailable();
        if (properties.oidc().enabled() && clients != null) {
            StaffOidcUserService users = new StaffOidcUserService(properties.oidc(), jdbc);
            // One authentication manager for both ways in, so that password failures are counted exactly once.
            providers.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), users));
            http.oauth2Login(login -> login
                    .userInfoEndpoint(info -> info.oidcUserService(users))
                    .failureHandler(new SingleSignOnFailureHandler()));
        }
        http.authenticationManager(new ProviderManager(providers));
        return http.build();
    }

    /**
     * The token travels in a cookie that the pages' scripts read and echo in the {@code X-XSRF-TOKEN} header; another
     * site can neither read it nor set the header.
     */
    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.secure(true).sameSite("Lax"));
        return tokens;
    }

    /** Basic credentials sent deliberately, or no session cookie: nothing a forged cross-site request could use. */
    private static boolean carriesNoAmbientCredential(HttpServletRequest request) {
        if ("/login".equals(request.getServletPath())) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        return basic || request.getRequestedSessionId() == null;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt for new hashes; the {id} prefix lets argon2 or a stronger bcrypt cost be introduced later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** A bean also so that Spring Boot adds no generated default user beside the staff directory. */
    @Bean
    AuthenticationProvider passwordSignIn(JdbcClient jdbc, PasswordEncoder encoder, LoginThrottle throttle,
                                          AccessAuditLog audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(jdbc));
        passwords.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(passwords, throttle, audit);
    }
}
