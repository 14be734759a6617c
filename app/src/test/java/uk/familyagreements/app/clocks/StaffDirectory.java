package uk.familyagreements.app.clocks;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The people the clock tests address: a team in a service, its practitioner and managers. */
final class StaffDirectory {

    static final String TEAM = "clocks-team";
    static final String PRACTITIONER = "pat.practitioner";
    static final String PRACTITIONER_EMAIL = "pat@clocks.test";
    static final String TEAM_MANAGER = "tom.manager";
    static final String TEAM_MANAGER_EMAIL = "tom@clocks.test";
    static final String SERVICE_MANAGER = "sue.service";
    static final String LEFT_THE_TEAM = "lee.former";

    private StaffDirectory() {
    }

    static void fill(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO service_area (service_code, name) VALUES ('clocks-service', 'Children''s services')")
                .update();
        jdbc.sql("INSERT INTO team (team_code, name, service_code) VALUES (:team, 'Safeguarding North', "
                + "'clocks-service')").param("team", TEAM).update();
        staff(jdbc, PRACTITIONER, PRACTITIONER_EMAIL, "PRACTITIONER", TEAM, null, true);
        staff(jdbc, TEAM_MANAGER, TEAM_MANAGER_EMAIL, "TEAM_MANAGER", TEAM, null, true);
        staff(jdbc, LEFT_THE_TEAM, "lee@clocks.test", "TEAM_MANAGER", TEAM, null, false);
        staff(jdbc, SERVICE_MANAGER, "sue@clocks.test", "SERVICE_MANAGER", null, "clocks-service", true);
    }

    private static void staff(JdbcClient jdbc, String username, String email, String role, String team,
                              String service, boolean active) {
        jdbc.sql("""
                        INSERT INTO staff_member (username, display_name, email, role, team_code, service_code, active)
                        VALUES (:username, :username, :email, :role, :team, :service, :active)""")
                .param("username", username).param("email", email).param("role", role).param("team", team)
                .param("service", service).param("active", active)
                .update();
    }
}
