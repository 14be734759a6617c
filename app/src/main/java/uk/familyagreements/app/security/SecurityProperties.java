package uk.familyagreements.app.security;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param seedDemoOrganisation seed the demonstration organisation (two teams, one service, a user per role); when
 *                             unset, seeded only on the embedded default database, never on an operator's database
 * @param throttle             how many failed sign-ins lock a user name or a client address, and for how long
 * @param oidc                 single sign-on through an OpenID Connect provider
 */
@ConfigurationProperties(prefix = "agreements.security")
public record SecurityProperties(Boolean seedDemoOrganisation, @DefaultValue Throttle throttle, @DefaultValue Oidc oidc) {

    public record Throttle(
            @DefaultValue("5") int maxFailuresPerUser,
            @DefaultValue("50") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockFor) {
    }

    /**
     * @param enabled       offer "sign in with" the registrations under {@code spring.security.oauth2.client}
     * @param usernameClaim the ID-token claim that names the user, matched against {@code staff_member.username}
     * @param roleClaim     the claim holding the user's groups or app roles (a string or a list of strings)
     * @param roleMapping   claim value to our role name, e.g. {@code "fa-team-managers": TEAM_MANAGER}
     */
    public record Oidc(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("roles") String roleClaim,
            @DefaultValue Map<String, Role> roleMapping) {
    }
}
