package uk.familyagreements.command.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolationException;

/**
 * The reason a user gives for a command, sent in the optional {@code X-Reason} header and stored in the metadata of
 * every event the command causes. HTTP header values are Latin-1, so a reason may be percent-encoded UTF-8
 * ({@code Mum%E2%80%99s%20request}); a value that does not decode is kept as sent.
 */
public final class Reasons {

    public static final String HEADER = "X-Reason";
    public static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    /** The reason named by the header, or null when there is none. */
    public static String fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String reason = header;
        if (header.indexOf('%') >= 0) {
            try {
                reason = URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                reason = header;
            }
        }
        reason = reason.strip();
        if (reason.length() > MAX_LENGTH) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, HEADER,
                    "Give the reason in at most " + MAX_LENGTH + " characters.");
        }
        return reason.isEmpty() ? null : reason;
    }
}
