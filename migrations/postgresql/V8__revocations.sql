-- Corrections (issue 5): a published recognition the director withdrew (/revoke). The
-- decision and its item stay as they were; this row marks the recognition revoked, so public lists
-- (chat, website export) leave it out and the report shows it as revoked.
-- PostgreSQL twin of migrations/sqlite/V8__revocations.sql. Types: the instant and the id BIGINT;
-- nomination_id is written by the application (plain BIGINT).
CREATE TABLE revocation (
    nomination_id BIGINT  NOT NULL PRIMARY KEY,
    reason        TEXT    NOT NULL,
    revoked_by    TEXT    NOT NULL,
    revoked_at    BIGINT  NOT NULL
);
