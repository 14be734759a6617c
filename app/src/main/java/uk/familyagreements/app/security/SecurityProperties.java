package uk.familyagreements.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users the service knows, from configuration. Passwords are given in plain text here and hashed with a
 * modern encoder at start-up; a password may also be given already encoded, e.g. {@code {bcrypt}$2a$...}.
 */
@ConfigurationProperties(prefix = "agreements.security")
public record SecurityProperties(@DefaultValue List<User> users) {

    public record User(String name, String password, List<String> roles) {
    }
}
