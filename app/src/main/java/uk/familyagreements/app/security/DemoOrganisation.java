package uk.familyagreements.app.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small demonstration organisation so that a newcomer can sign in on the embedded default: one service, two
 * teams, a user for every role. Seeded on the embedded default, or wherever the operator sets
 * {@code agreements.security.seed-demo-organisation=true}; never otherwise. Existing rows are left as they are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoOrganisation implements ApplicationRunner {

    static final String SERVICE = "childrens-services";
    static final String TEAM_A = "team-north";
    static final String TEAM_B = "team-south";

    /** The users printed in the README: user name, password, role, team, service. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("sam.practitioner", "demo-practitioner", Role.PRACTITIONER, TEAM_A, SERVICE),
            new DemoUser("tara.manager", "demo-manager", Role.TEAM_MANAGER, TEAM_A, SERVICE),
            new DemoUser("cara.consultant", "demo-consultant", Role.CONSULTANT_SOCIAL_WORKER, TEAM_A, SERVICE),
            new DemoUser("priya.practitioner", "demo-practitioner-b", Role.PRACTITIONER, TEAM_B, SERVICE),
            new DemoUser("omar.manager", "demo-manager-b", Role.TEAM_MANAGER, TEAM_B, SERVICE),
            new DemoUser("sian.servicemanager", "demo-service-manager", Role.SERVICE_MANAGER, null, SERVICE),
            new DemoUser("alex.auditor", "demo-auditor", Role.AUDITOR, null, null),
            new DemoUser("ada.administrator", "demo-administrator", Role.ADMINISTRATOR, null, null));

    record DemoUser(String username, String password, Role role, String team, String service) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final boolean seed;

    DemoOrganisation(JdbcClient jdbc, PasswordEncoder encoder, TransactionTemplate transaction,
                     SecurityProperties properties, Environment environment) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.transaction = transaction;
        String url = environment.getProperty("spring.datasource.url");
        boolean embeddedDefault = url == null || url.isBlank();
        this.seed = properties.seedDemoOrganisation() == null ? embeddedDefault : properties.seedDemoOrganisation();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seed) {
            seed();
        }
    }

    void seed() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO service_area (service_code, name) VALUES (:code, 'Children''s services') "
                    + "ON CONFLICT DO NOTHING").param("code", SERVICE).update();
            team(TEAM_A, "North family help team");
            team(TEAM_B, "South family help team");
            for (DemoUser user : USERS) {
                jdbc.sql("""
                                INSERT INTO staff_member (username, display_name, email, role, team_code, service_code)
                                VALUES (:username, :name, :email, :role, :team, :service) ON CONFLICT DO NOTHING""")
                        .param("username", user.username())
                        .param("name", displayName(user.username()))
                        .param("email", user.username() + "@example.org")
                        .param("role", user.role().name())
                        .param("team", user.team())
                        .param("service", user.service())
                        .update();
                // A directory row someone else added (e.g. for notifications) still gets the demo password.
                jdbc.sql("INSERT INTO staff_credential (username, password_hash) VALUES (:username, :hash) "
                                + "ON CONFLICT DO NOTHING")
                        .param("username", user.username()).param("hash", encoder.encode(user.password()))
                        .update();
            }
        });
        log.info("Demonstration organisation present: service {}, teams {} and {}", SERVICE, TEAM_A, TEAM_B);
    }

    private void team(String code, String name) {
        jdbc.sql("INSERT INTO team (team_code, name, service_code) VALUES (:code, :name, :service) "
                + "ON CONFLICT DO NOTHING").param("code", code).param("name", name).param("service", SERVICE).update();
    }

    private static String displayName(String username) {
        String first = username.substring(0, username.indexOf('.'));
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " (demo "
                + username.substring(username.indexOf('.') + 1) + ")";
    }
}
