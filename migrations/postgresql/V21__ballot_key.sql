-- The ballot key (issue 15). On PostgreSQL each box row's choice and salt is sealed with AES-GCM
-- under a key derived per ballot from the operator's ballot key (EXEMPLAR_BALLOT_KEY), which never
-- enters the database: ballot_key records only each key's id and check value (HMAC-SHA256 of fixed
-- texts under the key), so that a missing or wrong key is refused at start, and each ballot records
-- the id of the key it was sealed under, so the key can be rotated between ballots. Box rows keep
-- the ciphertext (base64 of nonce and sealed text) in choice and leave salt NULL.
-- PostgreSQL twin of migrations/sqlite/V21__ballot_key.sql. Types: the instant BIGINT.
CREATE TABLE ballot_key (
    key_id      TEXT    PRIMARY KEY,
    key_check   TEXT    NOT NULL,
    recorded_at BIGINT  NOT NULL
);
ALTER TABLE ballot ADD COLUMN key_id TEXT;
