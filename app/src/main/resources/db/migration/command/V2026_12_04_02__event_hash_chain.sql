-- Tamper evidence: each aggregate's events form a hash chain, computed by the database in the transaction that
-- appends the event, whichever node or code path wrote it (ADR 0042).
-- hash = sha256(previous_hash || sha256(aggregate_identifier) || sha256(sequence_number) || sha256(event_identifier)
--               || sha256(type) || sha256(payload_type) || sha256(payload_revision) || sha256(time_stamp)
--               || sha256(meta_data) || sha256(payload)); nulls hash as empty; the first event's previous_hash is 32
-- zero bytes. Hashing each field first keeps field boundaries unambiguous. HashChainVerifier repeats this in Java.
CREATE TABLE event_hash_chain (
    global_index         BIGINT       NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    previous_hash        BYTEA        NOT NULL,
    hash                 BYTEA        NOT NULL,
    recorded_at          TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT event_hash_chain_pk PRIMARY KEY (global_index),
    CONSTRAINT event_hash_chain_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number)
);

CREATE FUNCTION event_hash(previous BYTEA, e domain_event_entry) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(previous
        || sha256(convert_to(e.aggregate_identifier, 'UTF8'))
        || sha256(convert_to(e.sequence_number::text, 'UTF8'))
        || sha256(convert_to(e.event_identifier, 'UTF8'))
        || sha256(convert_to(coalesce(e.type, ''), 'UTF8'))
        || sha256(convert_to(e.payload_type, 'UTF8'))
        || sha256(convert_to(coalesce(e.payload_revision, ''), 'UTF8'))
        || sha256(convert_to(e.time_stamp, 'UTF8'))
        || sha256(coalesce(e.meta_data, ''::bytea))
        || sha256(e.payload))
$$;

CREATE FUNCTION event_hash_chain_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous BYTEA;
BEGIN
    SELECT hash INTO previous FROM event_hash_chain
     WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
    IF previous IS NULL THEN
        previous := decode(repeat('00', 32), 'hex');
    END IF;
    INSERT INTO event_hash_chain (global_index, aggregate_identifier, sequence_number, event_identifier,
                                  previous_hash, hash)
    VALUES (NEW.global_index, NEW.aggregate_identifier, NEW.sequence_number, NEW.event_identifier, previous,
            event_hash(previous, NEW));
    RETURN NULL;
END;
$$;

-- Events stored before this migration get their chain now, in aggregate order.
DO $$
DECLARE
    e domain_event_entry;
    last_aggregate VARCHAR(255);
    previous BYTEA;
BEGIN
    FOR e IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number LOOP
        IF last_aggregate IS DISTINCT FROM e.aggregate_identifier THEN
            previous := decode(repeat('00', 32), 'hex');
            last_aggregate := e.aggregate_identifier;
        END IF;
        INSERT INTO event_hash_chain (global_index, aggregate_identifier, sequence_number, event_identifier,
                                      previous_hash, hash)
        VALUES (e.global_index, e.aggregate_identifier, e.sequence_number, e.event_identifier, previous,
                event_hash(previous, e));
        previous := event_hash(previous, e);
    END LOOP;
END;
$$;

CREATE TRIGGER domain_event_entry_hash_chain AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_hash_chain_append();

-- The chain itself is never rewritten through SQL either.
CREATE FUNCTION event_hash_chain_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'event_hash_chain is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER event_hash_chain_no_update_or_delete BEFORE UPDATE OR DELETE ON event_hash_chain
    FOR EACH ROW EXECUTE FUNCTION event_hash_chain_is_append_only();
