package uk.familyagreements.kernel.agreement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text a family reads and signs, in the layout of the model written agreement: purpose, reason, what each party
 * will and will not do, the period and review points, the contingency plan, that it is not legally binding and what a
 * breach may lead to, independent advice and support, and signature lines. It is a pure function of a version's
 * content, so the text of any version can be produced again, exactly, from the events; the reference printed on it
 * is the content hash that signatures carry.
 */
public final class AgreementDocument {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK);

    private AgreementDocument() {
    }

    public static String render(AgreementContent content, int version, String authorityName) {
        StringBuilder text = new StringBuilder();
        List<Party> family = content.parties().stream().filter(p -> p.role().isFamily()).toList();
        text.append(content.isWritten() ? "Written agreement" : "Working agreement").append('\n');
        text.append("Agreement between ")
                .append(family.stream().map(Party::name).collect(Collectors.joining(", ")))
                .append(family.isEmpty() ? "" : " and ").append(authorityName).append("\n\n");
        section(text, "Purpose of agreement", content.purpose());
        section(text, "Reason for agreement", content.reason());
        for (Party party : content.parties()) {
            List<Commitment> commitments = content.commitmentsOf(party.partyId());
            if (commitments.isEmpty()) {
                continue;
            }
            text.append(party.name()).append(party.role().isProfessional() ? ", " + label(party.role()) : "")
                    .append(" will:\n");
            for (Commitment commitment : commitments) {
                text.append("  - ").append(commitment.undertaking() == Undertaking.WILL_NOT ? "not " : "")
                        .append(commitment.text());
                if (commitment.when() != null && !commitment.when().isBlank()) {
                    text.append(", ").append(commitment.when());
                }
                text.append('\n');
            }
            text.append('\n');
        }
        if (content.period() != null && content.period().isSpecific()) {
            String description = content.period().description();
            section(text, "How long this agreement lasts", (description == null ? "" : description + ": ")
                    + "from " + format(content.period().start()) + " until " + format(content.period().end()) + ".");
        }
        if (!content.reviewPoints().isEmpty()) {
            text.append("When we will review this agreement:\n");
            content.reviewPoints().forEach(point -> text.append("  - ").append(format(point.at())).append('\n'));
            text.append('\n');
        }
        section(text, "Contingency plan", content.contingencyPlan());
        section(text, "If this agreement is not kept to", content.consequences());
        section(text, "Independent advice and support", "We recommend that you take legal advice about this "
                + "agreement before you sign it. You are welcome to bring a supporter to meetings where this agreement "
                + "is discussed.");
        text.append("Version ").append(version).append(", reference ").append(content.hash().value(), 0, 12)
                .append("\n\n");
        for (Party party : content.parties()) {
            if (party.signs()) {
                text.append("Signed ________________________  ").append(party.name())
                        .append(party.role().isProfessional() ? ", " + label(party.role()) : "")
                        .append("   Date ____________\n");
            }
        }
        return text.toString();
    }

    private static void section(StringBuilder text, String heading, String body) {
        if (body != null && !body.isBlank()) {
            text.append(heading).append(":\n").append(body.strip()).append("\n\n");
        }
    }

    private static String format(Instant instant) {
        return WHEN.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }

    private static String label(PartyRole role) {
        String words = role.name().toLowerCase(Locale.UK).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
