package uk.familyagreements.kernel.rules;

/** Whether a rule rejects a command or is recorded as guidance beside the content. */
public enum Severity {
    BLOCKING,
    WARNING
}
