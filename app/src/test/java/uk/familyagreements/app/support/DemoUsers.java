package uk.familyagreements.app.support;

import java.util.List;

/** The demonstration organisation the tests sign in with (seeded by agreements.security.seed-demo-organisation). */
public final class DemoUsers {

    public static final String SERVICE = "childrens-services";
    public static final String TEAM_A = "team-north";
    public static final String TEAM_B = "team-south";

    public record DemoUser(String username, String password, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    public static final DemoUser SAM = new DemoUser("sam.practitioner", "demo-practitioner", "practitioner, team A");
    public static final DemoUser TARA = new DemoUser("tara.manager", "demo-manager", "team manager, team A");
    public static final DemoUser CARA = new DemoUser("cara.consultant", "demo-consultant", "consultant, team A");
    public static final DemoUser PRIYA = new DemoUser("priya.practitioner", "demo-practitioner-b", "practitioner, team B");
    public static final DemoUser OMAR = new DemoUser("omar.manager", "demo-manager-b", "team manager, team B");
    public static final DemoUser SIAN = new DemoUser("sian.servicemanager", "demo-service-manager",
            "service manager");
    public static final DemoUser ALEX = new DemoUser("alex.auditor", "demo-auditor", "auditor");
    public static final DemoUser ADA = new DemoUser("ada.administrator", "demo-administrator", "administrator");

    /** In the column order of the access table tests. */
    public static final List<DemoUser> ALL = List.of(SAM, TARA, CARA, PRIYA, OMAR, SIAN, ALEX, ADA);

    private DemoUsers() {
    }
}
