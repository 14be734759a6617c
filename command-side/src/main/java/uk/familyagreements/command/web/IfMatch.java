package uk.familyagreements.command.web;

import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolationException;

/** Reads and writes the aggregate version as an HTTP entity tag: {@code "7"}. */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version named by an {@code If-Match} header, or null when the client sent none. */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "If-Match",
                    "If-Match must carry the version you last read, as in \"3\".");
        }
    }

    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }
}
