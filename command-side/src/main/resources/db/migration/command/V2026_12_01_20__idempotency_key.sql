-- Idempotency keys of command requests (ADR 0010). One row per (user, key): the primary key is what makes a
-- concurrent second request with the same key see the first one instead of running the command again.
CREATE TABLE idempotency_key (
    user_name           VARCHAR(255)  NOT NULL,
    idempotency_key     VARCHAR(255)  NOT NULL,
    -- SHA-256 over method, path, If-Match, X-Reason and body: a retry must send the same request.
    request_fingerprint VARCHAR(64)   NOT NULL,
    method              VARCHAR(10)   NOT NULL,
    path                VARCHAR(2000) NOT NULL,
    -- IN_FLIGHT while the first request runs; COMPLETED once its response is stored.
    state               VARCHAR(16)   NOT NULL,
    response_status     INTEGER,
    response_type       VARCHAR(255),
    response_location   VARCHAR(2000),
    response_etag       VARCHAR(255),
    response_body       BYTEA,
    created_at          TIMESTAMPTZ   NOT NULL,
    expires_at          TIMESTAMPTZ   NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (user_name, idempotency_key),
    CONSTRAINT idempotency_key_state_ck CHECK (state IN ('IN_FLIGHT', 'COMPLETED'))
);

CREATE INDEX idempotency_key_expires_at_ix ON idempotency_key (expires_at);
