package uk.familyagreements.command.agreement.guidance;

import java.util.ArrayList;
import java.util.List;
import uk.familyagreements.kernel.agreement.AgreementContent;
import uk.familyagreements.kernel.agreement.Commitment;

/** One piece of text the family reads, with the field name the API uses for it. */
record TextField(String field, String text) {

    static final String PURPOSE = "purpose";
    static final String REASON = "reason";
    static final String PERIOD_DESCRIPTION = "period.description";
    static final String CONTINGENCY_PLAN = "contingencyPlan";
    static final String CONSEQUENCES = "consequences";

    static String commitmentText(String commitmentId) {
        return "commitments[" + commitmentId + "].text";
    }

    static String commitmentWhen(String commitmentId) {
        return "commitments[" + commitmentId + "].when";
    }

    /** Every non-blank text the family signs, in the order the document shows it, so results are stable. */
    static List<TextField> familyText(AgreementContent content) {
        List<TextField> fields = new ArrayList<>();
        add(fields, PURPOSE, content.purpose());
        add(fields, REASON, content.reason());
        if (content.period() != null) {
            add(fields, PERIOD_DESCRIPTION, content.period().description());
        }
        for (Commitment c : content.commitments()) {
            add(fields, commitmentText(c.commitmentId()), c.text());
            add(fields, commitmentWhen(c.commitmentId()), c.when());
        }
        add(fields, CONTINGENCY_PLAN, content.contingencyPlan());
        add(fields, CONSEQUENCES, content.consequences());
        return fields;
    }

    private static void add(List<TextField> fields, String field, String text) {
        if (text != null && !text.isBlank()) {
            fields.add(new TextField(field, text));
        }
    }
}
