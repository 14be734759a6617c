package uk.familyagreements.kernel.identity;

/** Keys of the metadata every command and event carries: who did it, in what role, and why. */
public final class AuditMetaData {
    /** The authenticated user's name. */
    public static final String USER = "user";
    /** The user's roles, comma separated. */
    public static final String ROLES = "roles";
    /** The reason the user gave, where they gave one. */
    public static final String REASON = "reason";
    /** Axon's correlation id key (see MessageOriginProvider). */
    public static final String CORRELATION_ID = "correlationId";
    /** The user the system acts for when a clock, not a person, sends a command. */
    public static final String SYSTEM_USER = "system:deadlines";

    private AuditMetaData() {
    }
}
