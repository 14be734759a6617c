package uk.familyagreements.kernel.agreement;

/** The role of a person bound by an agreement: a family member or a professional. */
public enum PartyRole {
    PARENT(false),
    CARER(false),
    RELATIVE(false),
    CONNECTED_PERSON(false),
    YOUNG_PERSON(false),
    SOCIAL_WORKER(true),
    FAMILY_HELP_PRACTITIONER(true),
    CONSULTANT_SOCIAL_WORKER(true),
    TEAM_MANAGER(true),
    POLICE(true),
    HEALTH(true),
    EDUCATION(true),
    OTHER_PROFESSIONAL(true);

    private final boolean professional;

    PartyRole(boolean professional) {
        this.professional = professional;
    }

    public boolean isProfessional() {
        return professional;
    }

    public boolean isFamily() {
        return !professional;
    }
}
