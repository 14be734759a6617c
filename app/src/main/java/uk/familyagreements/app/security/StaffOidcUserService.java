package uk.familyagreements.app.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on: the identity provider vouches for who the user is; one claim (groups or app roles) maps to our
 * roles. The team and service still come from the staff directory under the same user name, and a user the
 * directory marks inactive is refused. A user whose claim maps to none of our roles is refused.
 */
class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final SecurityProperties.Oidc settings;
    private final JdbcClient jdbc;

    StaffOidcUserService(SecurityProperties.Oidc settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = standard.loadUser(request);
        String username = user.getClaimAsString(settings.usernameClaim());
        if (username == null || username.isBlank()) {
            throw refused("The identity provider did not name the user.");
        }
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String value : claimValues(user.getClaims().get(settings.roleClaim()))) {
            Role role = settings.roleMapping().get(value);
            if (role != null) {
                authorities.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        if (authorities.isEmpty()) {
            throw refused("This account has no role in the service.");
        }
        boolean inactive = jdbc.sql("SELECT count(*) FROM staff_member WHERE username = :username AND NOT active")
                .param("username", username).query(Long.class).single() > 0;
        if (inactive) {
            throw refused("This account is not active in the service.");
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), settings.usernameClaim());
    }

    private static Collection<String> claimValues(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static OAuth2AuthenticationException refused(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", description, null));
    }
}
