-- One partial index per list of the team dashboard, in the list's order, so that each list reads its first rows
-- straight from the index and each count is an index-only scan. Without them every list and count visited the heap
-- row of every agreement of the team (3,000 rows over 1,600 pages for a team of a large authority).

CREATE INDEX caseload_agreement_written_without_meeting_idx ON caseload_agreement (team, in_force_since, agreement_id)
    WHERE kind = 'WRITTEN' AND status = 'IN_FORCE' AND meeting_arranged_at IS NULL;

CREATE INDEX caseload_agreement_in_force_end_idx ON caseload_agreement (team, period_end, agreement_id)
    WHERE status = 'IN_FORCE';

CREATE INDEX caseload_agreement_draft_activity_idx ON caseload_agreement (team, last_activity_at, agreement_id)
    WHERE status = 'DRAFT';

CREATE INDEX caseload_agreement_warnings_idx ON caseload_agreement (team, warnings_count DESC, drafted_at, agreement_id)
    WHERE warnings_count > 0 AND status NOT IN ('ENDED', 'DISCARDED');
