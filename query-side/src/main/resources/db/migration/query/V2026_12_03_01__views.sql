-- Read tables of the views (issue 5). Each table belongs to one processing group; the group's tokens live in
-- token_entry and are written in the same transaction as these rows.

-- Processing group "caseload": cases, agreements, due items and escalations, read by the caseload, the team
-- dashboard and the service view.
CREATE TABLE caseload_case (
    case_reference VARCHAR(64)  NOT NULL,
    child_name     VARCHAR(255),
    practitioner   VARCHAR(255) NOT NULL,
    team           VARCHAR(64)  NOT NULL,
    open           BOOLEAN      NOT NULL DEFAULT TRUE,
    opened_at      TIMESTAMPTZ  NOT NULL,
    last_activity_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT caseload_case_pk PRIMARY KEY (case_reference)
);
CREATE INDEX caseload_case_practitioner_idx ON caseload_case (practitioner, case_reference);

CREATE TABLE caseload_agreement (
    agreement_id      VARCHAR(64)  NOT NULL,
    case_reference    VARCHAR(64)  NOT NULL,
    practitioner      VARCHAR(255) NOT NULL,
    team              VARCHAR(64)  NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    involvement       VARCHAR(32),
    status            VARCHAR(32)  NOT NULL,
    current_version   INTEGER      NOT NULL,
    in_force_version  INTEGER,
    in_force_since    TIMESTAMPTZ,
    period_end        TIMESTAMPTZ,
    meeting_arranged_at TIMESTAMPTZ,
    warnings_count    INTEGER      NOT NULL DEFAULT 0,
    drafted_at        TIMESTAMPTZ  NOT NULL,
    last_activity_at  TIMESTAMPTZ  NOT NULL,
    -- The aggregate sequence number of the last event applied: a redelivered event is skipped.
    aggregate_version BIGINT       NOT NULL,
    CONSTRAINT caseload_agreement_pk PRIMARY KEY (agreement_id)
);
CREATE INDEX caseload_agreement_practitioner_idx ON caseload_agreement (practitioner, case_reference, agreement_id);
CREATE INDEX caseload_agreement_case_idx ON caseload_agreement (case_reference);
CREATE INDEX caseload_agreement_team_status_idx ON caseload_agreement (team, status);

-- Something that falls due on an agreement: REVIEW, COPIES, MEETING, PERIOD_ENDED, ASSESSMENT, DECISION.
CREATE TABLE caseload_due_item (
    agreement_id   VARCHAR(64)  NOT NULL,
    item_key       VARCHAR(160) NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    case_reference VARCHAR(64)  NOT NULL,
    practitioner   VARCHAR(255) NOT NULL,
    team           VARCHAR(64)  NOT NULL,
    due_at         TIMESTAMPTZ  NOT NULL,
    done_at        TIMESTAMPTZ,
    CONSTRAINT caseload_due_item_pk PRIMARY KEY (agreement_id, item_key)
);
-- Open items only: the dashboards and the caseload's "next due" never look at done ones.
CREATE INDEX caseload_due_item_open_team_idx ON caseload_due_item (team, due_at) WHERE done_at IS NULL;
CREATE INDEX caseload_due_item_open_agreement_idx ON caseload_due_item (agreement_id, due_at) WHERE done_at IS NULL;
CREATE INDEX caseload_due_item_case_idx ON caseload_due_item (case_reference);

CREATE TABLE caseload_escalation (
    agreement_id   VARCHAR(64)  NOT NULL,
    escalation_id  VARCHAR(160) NOT NULL,
    case_reference VARCHAR(64)  NOT NULL,
    practitioner   VARCHAR(255) NOT NULL,
    team           VARCHAR(64)  NOT NULL,
    cause          VARCHAR(32)  NOT NULL,
    level          VARCHAR(32)  NOT NULL,
    subject_id     VARCHAR(160),
    raised_at      TIMESTAMPTZ  NOT NULL,
    level_raised_at TIMESTAMPTZ NOT NULL,
    due_at         TIMESTAMPTZ,
    decided_at     TIMESTAMPTZ,
    decided_by     VARCHAR(255),
    decision       TEXT,
    CONSTRAINT caseload_escalation_pk PRIMARY KEY (agreement_id, escalation_id)
);
CREATE INDEX caseload_escalation_open_team_idx ON caseload_escalation (team, raised_at) WHERE decided_at IS NULL;
CREATE INDEX caseload_escalation_case_idx ON caseload_escalation (case_reference);

-- Processing group "agreement-record": the whole record of one agreement as a JSON document, folded by the same
-- pure function that answers "as it stood".
CREATE TABLE agreement_record (
    agreement_id      VARCHAR(64)  NOT NULL,
    case_reference    VARCHAR(64)  NOT NULL,
    document          JSONB        NOT NULL,
    aggregate_version BIGINT       NOT NULL,
    CONSTRAINT agreement_record_pk PRIMARY KEY (agreement_id)
);

-- Processing group "audit-trail": one row per event of an agreement or a case. Nothing in the service updates
-- or deletes a row except a rebuild of the whole projection.
CREATE TABLE audit_entry (
    event_id       VARCHAR(255) NOT NULL,
    global_index   BIGINT       NOT NULL,
    aggregate_id   VARCHAR(255) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    agreement_id   VARCHAR(64),
    case_reference VARCHAR(64),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    username       VARCHAR(255),
    roles          VARCHAR(255),
    reason         TEXT,
    event_type     VARCHAR(80)  NOT NULL,
    summary        TEXT         NOT NULL,
    changes        JSONB        NOT NULL,
    CONSTRAINT audit_entry_pk PRIMARY KEY (event_id)
);
CREATE INDEX audit_entry_order_idx ON audit_entry (global_index);
CREATE INDEX audit_entry_agreement_idx ON audit_entry (agreement_id, global_index);
CREATE INDEX audit_entry_case_idx ON audit_entry (case_reference, global_index);
CREATE INDEX audit_entry_user_idx ON audit_entry (username, global_index);
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);

-- The audit projection's memory of each agreement's case and current field values, so that a content change can
-- be written as "from" and "to".
CREATE TABLE audit_agreement_field (
    agreement_id VARCHAR(64)  NOT NULL,
    field        VARCHAR(200) NOT NULL,
    value        TEXT,
    CONSTRAINT audit_agreement_field_pk PRIMARY KEY (agreement_id, field)
);
