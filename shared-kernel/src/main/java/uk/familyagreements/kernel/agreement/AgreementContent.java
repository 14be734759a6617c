package uk.familyagreements.kernel.agreement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The content of one version of an agreement: exactly what the parties read and sign. Immutable; every change
 * returns a new value. Its {@link #hash()} is computed from a canonical text form, so the same content always
 * hashes the same whatever order it was built in.
 */
public record AgreementContent(AgreementKind kind, Involvement involvement, String purpose, String reason,
                               List<Party> parties, List<Commitment> commitments, Period period,
                               List<ReviewPoint> reviewPoints, String contingencyPlan, String consequences) {

    public AgreementContent {
        parties = List.copyOf(parties);
        commitments = List.copyOf(commitments);
        reviewPoints = List.copyOf(reviewPoints);
    }

    public static AgreementContent draft(AgreementKind kind, Involvement involvement, String purpose, String reason) {
        return new AgreementContent(kind, involvement, purpose, reason, List.of(), List.of(), null, List.of(), null,
                null);
    }

    public boolean isWritten() {
        return kind == AgreementKind.WRITTEN;
    }

    public Optional<Party> party(String partyId) {
        return parties.stream().filter(p -> p.partyId().equals(partyId)).findFirst();
    }

    public Optional<Commitment> commitment(String commitmentId) {
        return commitments.stream().filter(c -> c.commitmentId().equals(commitmentId)).findFirst();
    }

    public List<Commitment> commitmentsOf(String partyId) {
        return commitments.stream().filter(c -> c.ownerPartyId().equals(partyId)).toList();
    }

    public AgreementContent withParty(Party party) {
        return withParties(list -> {
            list.add(party);
            return list;
        });
    }

    public AgreementContent withoutParty(String partyId) {
        return withParties(list -> {
            list.removeIf(p -> p.partyId().equals(partyId));
            return list;
        });
    }

    public AgreementContent withCommitment(Commitment commitment) {
        List<Commitment> list = new ArrayList<>(commitments);
        int index = indexOfCommitment(commitment.commitmentId());
        if (index >= 0) {
            list.set(index, commitment);
        } else {
            list.add(commitment);
        }
        return new AgreementContent(kind, involvement, purpose, reason, parties, list, period, reviewPoints,
                contingencyPlan, consequences);
    }

    public AgreementContent withoutCommitment(String commitmentId) {
        List<Commitment> list = new ArrayList<>(commitments);
        list.removeIf(c -> c.commitmentId().equals(commitmentId));
        return new AgreementContent(kind, involvement, purpose, reason, parties, list, period, reviewPoints,
                contingencyPlan, consequences);
    }

    public AgreementContent withPeriod(Period newPeriod) {
        return new AgreementContent(kind, involvement, purpose, reason, parties, commitments, newPeriod, reviewPoints,
                contingencyPlan, consequences);
    }

    public AgreementContent withReviewPoint(ReviewPoint reviewPoint) {
        List<ReviewPoint> list = new ArrayList<>(reviewPoints);
        list.add(reviewPoint);
        list.sort(Comparator.comparing(ReviewPoint::at).thenComparing(ReviewPoint::reviewPointId));
        return new AgreementContent(kind, involvement, purpose, reason, parties, commitments, period, list,
                contingencyPlan, consequences);
    }

    public AgreementContent withContingencyPlan(String text) {
        return new AgreementContent(kind, involvement, purpose, reason, parties, commitments, period, reviewPoints,
                text, consequences);
    }

    public AgreementContent withConsequences(String text) {
        return new AgreementContent(kind, involvement, purpose, reason, parties, commitments, period, reviewPoints,
                contingencyPlan, text);
    }

    private AgreementContent withParties(UnaryOperator<List<Party>> change) {
        return new AgreementContent(kind, involvement, purpose, reason, change.apply(new ArrayList<>(parties)),
                commitments, period, reviewPoints, contingencyPlan, consequences);
    }

    private int indexOfCommitment(String commitmentId) {
        for (int i = 0; i < commitments.size(); i++) {
            if (commitments.get(i).commitmentId().equals(commitmentId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The canonical text of this content: one labelled line per element in a fixed order, parties and commitments
     * in the order they were added (the order the document shows them), review points by time. Line breaks and
     * surrounding spaces inside a value are normalised so that the same words give the same hash.
     */
    public String canonicalForm() {
        StringBuilder text = new StringBuilder();
        line(text, "kind", kind);
        line(text, "involvement", involvement);
        line(text, "purpose", purpose);
        line(text, "reason", reason);
        for (Party p : parties) {
            line(text, "party", p.partyId(), p.name(), p.role(), "victim=" + p.victimOfDomesticAbuse(),
                    "signs=" + p.signs());
        }
        for (Commitment c : commitments) {
            line(text, "commitment", c.commitmentId(), c.ownerPartyId(), c.undertaking(), c.text(), c.when(),
                    "residence=" + c.childToLiveWithConnectedPerson());
        }
        if (period != null) {
            line(text, "period", period.start(), period.end(), period.description());
        }
        for (ReviewPoint r : reviewPoints) {
            line(text, "review", r.reviewPointId(), r.at());
        }
        line(text, "contingency", contingencyPlan);
        line(text, "consequences", consequences);
        return text.toString();
    }

    public ContentHash hash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(canonicalForm().getBytes(StandardCharsets.UTF_8));
            return new ContentHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** One labelled line; its fields normalised, escaped and joined with an unescaped '|'. */
    private static void line(StringBuilder text, String label, Object... fields) {
        text.append(label).append(": ");
        for (int i = 0; i < fields.length; i++) {
            text.append(i == 0 ? "" : "|").append(fields[i] == null ? "" : normalise(fields[i].toString()));
        }
        text.append('\n');
    }

    /** Collapses white space, and escapes the separator so that no two different contents share a canonical form. */
    private static String normalise(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").replace("\\", "\\\\").replace("|", "\\|");
    }
}
