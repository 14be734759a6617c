-- Each user's reminders and escalations. One row per (event, recipient): a replayed event adds nothing.
CREATE TABLE inbox_message (
    id             VARCHAR(36)  NOT NULL,
    event_id       VARCHAR(255) NOT NULL,
    recipient      VARCHAR(255) NOT NULL,
    agreement_id   VARCHAR(64)  NOT NULL,
    case_reference VARCHAR(64)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL, -- REMINDER or ESCALATION
    cause          VARCHAR(32)  NOT NULL, -- EscalationCause: what is due or overdue
    level          VARCHAR(32),           -- EscalationLevel, for escalations
    subject        VARCHAR(255) NOT NULL,
    due_at         TIMESTAMPTZ,
    created_at     TIMESTAMPTZ  NOT NULL,
    read_at        TIMESTAMPTZ,
    emailed_at     TIMESTAMPTZ,
    CONSTRAINT inbox_message_pk PRIMARY KEY (id),
    CONSTRAINT inbox_message_event_recipient_uk UNIQUE (event_id, recipient)
);
CREATE INDEX inbox_message_recipient_idx ON inbox_message (recipient, created_at DESC);

-- Who a case is allocated to, kept by the inbox projection from the case events so it can address reminders.
CREATE TABLE inbox_case_allocation (
    case_reference VARCHAR(64)  NOT NULL,
    practitioner   VARCHAR(255) NOT NULL,
    team_code      VARCHAR(64)  NOT NULL,
    CONSTRAINT inbox_case_allocation_pk PRIMARY KEY (case_reference)
);
