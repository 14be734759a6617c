-- Sign-in, access scope and access audit. Users, roles and teams stay in the staff directory (staff_member, team,
-- service_area); only what sign-in needs in addition lives here, so other features keep reading staff_member.

-- A password hash per staff member who signs in with a password (users of single sign-on have none).
-- password_hash carries its encoder's prefix, e.g. {bcrypt}$2a$10$..., so the encoder can be changed later.
CREATE TABLE staff_credential (
    username            VARCHAR(255) NOT NULL REFERENCES staff_member (username),
    password_hash       VARCHAR(500) NOT NULL,
    password_changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT staff_credential_pk PRIMARY KEY (username)
);

-- Failed sign-ins counted per key ('user:<name>' or 'ip:<address>'), shared by every node.
CREATE TABLE login_throttle (
    throttle_key     VARCHAR(400) NOT NULL,
    failures         INTEGER      NOT NULL,
    first_failure_at TIMESTAMPTZ  NOT NULL,
    locked_until     TIMESTAMPTZ,
    CONSTRAINT login_throttle_pk PRIMARY KEY (throttle_key)
);

-- Which team holds each case, and which case each agreement is on: the authorisation lookup, written in the same
-- transaction as the events that change it (CaseOpenedEvent, CaseAllocatedEvent, AgreementDraftedEvent).
-- team_code has no foreign key: it comes from events and must be stored even when the directory lacks the team.
CREATE TABLE case_scope (
    case_reference VARCHAR(255) NOT NULL,
    team_code      VARCHAR(64),
    practitioner   VARCHAR(255),
    CONSTRAINT case_scope_pk PRIMARY KEY (case_reference)
);
CREATE INDEX case_scope_team_idx ON case_scope (team_code);

CREATE TABLE agreement_scope (
    agreement_id   VARCHAR(255) NOT NULL,
    case_reference VARCHAR(255) NOT NULL,
    CONSTRAINT agreement_scope_pk PRIMARY KEY (agreement_id)
);

-- Every read of a case record, agreement or audit trail, every export and print, and every denial: who, what,
-- when, from where. Append-only: the triggers below refuse UPDATE, DELETE and TRUNCATE to every database user.
CREATE TABLE access_audit (
    id             BIGSERIAL     NOT NULL,
    occurred_at    TIMESTAMPTZ   NOT NULL DEFAULT clock_timestamp(),
    username       VARCHAR(255),
    roles          VARCHAR(500),
    action         VARCHAR(32)   NOT NULL,
    outcome        VARCHAR(16)   NOT NULL,
    resource_type  VARCHAR(32),
    resource_id    VARCHAR(255),
    case_reference VARCHAR(255),
    http_method    VARCHAR(10)   NOT NULL,
    path           VARCHAR(2000) NOT NULL,
    status         INTEGER,
    client_address VARCHAR(64),
    CONSTRAINT access_audit_pk PRIMARY KEY (id)
);
CREATE INDEX access_audit_user_idx ON access_audit (username, occurred_at);
CREATE INDEX access_audit_resource_idx ON access_audit (resource_id, occurred_at);
CREATE INDEX access_audit_case_idx ON access_audit (case_reference, occurred_at);

CREATE FUNCTION access_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_audit is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER access_audit_no_update_or_delete BEFORE UPDATE OR DELETE ON access_audit
    FOR EACH ROW EXECUTE FUNCTION access_audit_is_append_only();
CREATE TRIGGER access_audit_no_truncate BEFORE TRUNCATE ON access_audit
    FOR EACH STATEMENT EXECUTE FUNCTION access_audit_is_append_only();
