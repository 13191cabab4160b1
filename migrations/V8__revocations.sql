-- Corrections (issue 5): a published recognition the director withdrew (/revoke). The
-- decision and its item stay as they were; this row marks the recognition revoked, so public lists
-- (chat, website export) leave it out and the report shows it as revoked.
CREATE TABLE revocation (
    nomination_id INTEGER NOT NULL PRIMARY KEY,
    reason        TEXT    NOT NULL,
    revoked_by    TEXT    NOT NULL,
    revoked_at    INTEGER NOT NULL
);
