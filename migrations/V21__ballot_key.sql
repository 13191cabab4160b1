-- The ballot key (issue 15). On PostgreSQL each box row's choice and salt is sealed with AES-GCM
-- under a key derived per ballot from the operator's ballot key (EXEMPLAR_BALLOT_KEY), which never
-- enters the database: ballot_key records only each key's id and check value (HMAC-SHA256 of fixed
-- texts under the key), so that a missing or wrong key is refused at start, and each ballot records
-- the id of the key it was sealed under, so the key can be rotated between ballots. On SQLite the
-- box keeps its own design: the table stays empty and key_id NULL.
CREATE TABLE ballot_key (
    key_id      TEXT    PRIMARY KEY,
    key_check   TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL
);
ALTER TABLE ballot ADD COLUMN key_id TEXT;
