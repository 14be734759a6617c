package uk.familyagreements.app.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.familyagreements.app.security.Role;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.kernel.rules.RuleViolationException;

/**
 * Users of the service, kept in the staff directory (staff_member) with a password hash beside it. Users are
 * deactivated, never deleted, so that the names in the event history keep meaning someone. Password hashes are
 * never shown. Only administrators reach this (app.access).
 */
@RestController
@RequestMapping("/api/admin/users")
class AdminUsersController {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    AdminUsersController(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    record StaffUser(String username, String displayName, String email, Role role, String teamCode,
                     String serviceCode, boolean active, boolean hasPassword) {
    }

    record NewUser(
            @NotBlank @Size(max = 255) @Pattern(regexp = "[a-z0-9._@-]+",
                    message = "Use lower-case letters, digits, dots, dashes, underscores or @.") String username,
            @NotBlank @Size(max = 255) String displayName,
            @Email @Size(max = 320) String email,
            @NotNull Role role,
            @Size(max = 64) String teamCode,
            @Size(max = 64) String serviceCode,
            @Size(min = 12, max = 128, message = "A password has 12 to 128 characters.") String password) {
    }

    record UserChange(
            @NotBlank @Size(max = 255) String displayName,
            @Email @Size(max = 320) String email,
            @NotNull Role role,
            @Size(max = 64) String teamCode,
            @Size(max = 64) String serviceCode,
            @NotNull Boolean active) {
    }

    record PasswordChange(
            @NotBlank @Size(min = 12, max = 128, message = "A password has 12 to 128 characters.") String password) {
    }

    @GetMapping
    List<StaffUser> list() {
        return jdbc.sql(SELECT + " ORDER BY m.username").query(this::row).list();
    }

    @GetMapping("/{username}")
    StaffUser get(@PathVariable String username) {
        return find(username);
    }

    @PostMapping
    @Transactional
    ResponseEntity<StaffUser> create(@Valid @RequestBody NewUser user) {
        checkPlacement(user.role(), user.teamCode(), user.serviceCode());
        int added = jdbc.sql("""
                        INSERT INTO staff_member (username, display_name, email, role, team_code, service_code, active)
                        VALUES (:username, :name, :email, :role, :team, :service, TRUE) ON CONFLICT DO NOTHING""")
                .param("username", user.username()).param("name", user.displayName().strip())
                .param("email", user.email()).param("role", user.role().name())
                .param("team", blankToNull(user.teamCode())).param("service", blankToNull(user.serviceCode()))
                .update();
        if (added == 0) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "username", "This user name is already taken.");
        }
        if (user.password() != null) {
            setPassword(user.username(), user.password());
        }
        return ResponseEntity.created(URI.create("/api/admin/users/" + user.username())).body(find(user.username()));
    }

    @PutMapping("/{username}")
    @Transactional
    StaffUser change(@PathVariable String username, @Valid @RequestBody UserChange change) {
        find(username);
        checkPlacement(change.role(), change.teamCode(), change.serviceCode());
        jdbc.sql("""
                        UPDATE staff_member SET display_name = :name, email = :email, role = :role, team_code = :team,
                                                service_code = :service, active = :active
                        WHERE username = :username""")
                .param("username", username).param("name", change.displayName().strip())
                .param("email", change.email()).param("role", change.role().name())
                .param("team", blankToNull(change.teamCode())).param("service", blankToNull(change.serviceCode()))
                .param("active", change.active())
                .update();
        return find(username);
    }

    @PutMapping("/{username}/password")
    @Transactional
    ResponseEntity<Void> password(@PathVariable String username, @Valid @RequestBody PasswordChange change) {
        find(username);
        setPassword(username, change.password());
        return ResponseEntity.noContent().build();
    }

    private void setPassword(String username, String password) {
        jdbc.sql("""
                        INSERT INTO staff_credential (username, password_hash, password_changed_at)
                        VALUES (:username, :hash, now())
                        ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash,
                                                             password_changed_at = now()""")
                .param("username", username).param("hash", encoder.encode(password)).update();
    }

    /** Team roles need a team; a service manager needs a service; the codes must exist. */
    private void checkPlacement(Role role, String teamCode, String serviceCode) {
        List<RuleViolation> violations = new ArrayList<>();
        String team = blankToNull(teamCode);
        String service = blankToNull(serviceCode);
        if (Role.TEAM_ROLES.contains(role) && team == null) {
            violations.add(new RuleViolation(RuleCode.INVALID_INPUT, "teamCode", "This role needs a team."));
        }
        if (role == Role.SERVICE_MANAGER && service == null) {
            violations.add(new RuleViolation(RuleCode.INVALID_INPUT, "serviceCode", "A service manager needs a service."));
        }
        if (team != null && jdbc.sql("SELECT count(*) FROM team WHERE team_code = :t").param("t", team)
                .query(Long.class).single() == 0) {
            violations.add(new RuleViolation(RuleCode.INVALID_INPUT, "teamCode", "No team has this code."));
        }
        if (service != null && jdbc.sql("SELECT count(*) FROM service_area WHERE service_code = :s")
                .param("s", service).query(Long.class).single() == 0) {
            violations.add(new RuleViolation(RuleCode.INVALID_INPUT, "serviceCode", "No service has this code."));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private StaffUser find(String username) {
        return jdbc.sql(SELECT + " WHERE m.username = :username").param("username", username).query(this::row)
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user has this name."));
    }

    private static final String SELECT = """
            SELECT m.username, m.display_name, m.email, m.role, m.team_code, m.service_code, m.active,
                   c.username IS NOT NULL AS has_password
            FROM staff_member m LEFT JOIN staff_credential c ON c.username = m.username""";

    private StaffUser row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffUser(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                Role.valueOf(rs.getString("role")), rs.getString("team_code"), rs.getString("service_code"),
                rs.getBoolean("active"), rs.getBoolean("has_password"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
