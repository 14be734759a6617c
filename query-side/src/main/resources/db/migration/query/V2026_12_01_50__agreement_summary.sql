-- One row per agreement: what the agreement resource answers and lists are built from.
CREATE TABLE agreement_summary (
    agreement_id   VARCHAR(64)  NOT NULL,
    case_reference VARCHAR(64)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    involvement    VARCHAR(32),
    status         VARCHAR(32)  NOT NULL,
    purpose        TEXT         NOT NULL,
    reason         TEXT,
    drafted_by     VARCHAR(255) NOT NULL,
    drafted_at     TIMESTAMPTZ  NOT NULL,
    last_changed_by VARCHAR(255) NOT NULL,
    last_changed_at TIMESTAMPTZ NOT NULL,
    aggregate_version BIGINT    NOT NULL,
    CONSTRAINT agreement_summary_pk PRIMARY KEY (agreement_id)
);
CREATE INDEX agreement_summary_case_idx ON agreement_summary (case_reference);
