package uk.familyagreements.command.deadlines;

/**
 * Names stored with every scheduled deadline (Quartz job groups) and the saga's association key. They are stored in
 * the database: never rename one without migrating the scheduled jobs.
 */
public final class DeadlineNames {

    /** The saga finds its agreement by this property of the agreement events. */
    public static final String AGREEMENT_ID = "agreementId";

    public static final String COPIES_DUE = "agreement-copies-due";
    public static final String MEETING_DUE = "agreement-meeting-due";
    public static final String REVIEW_REMINDER = "agreement-review-reminder";
    public static final String REVIEW_DUE = "agreement-review-due";
    public static final String PERIOD_END = "agreement-period-end";
    public static final String ASSESSMENT_DUE = "agreement-assessment-due";
    public static final String ESCALATION_CLIMB = "agreement-escalation-climb";

    private DeadlineNames() {
    }
}
