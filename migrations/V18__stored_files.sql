-- Files in the database (issue 14): on PostgreSQL the bot's files (dossier evidence, division
-- plans, ballot minutes, decisions, certificates, signed scans, reports) live in these tables, so
-- any instance can serve them and the data folder is only a cache; on SQLite they stay in the data
-- folder and these tables stay empty (created here so both schemas stay the same).
-- path: relative to the data folder, '/'-separated, never absolute nor with '..'; sha256: the
-- lower-case hex SHA-256 of the whole content; stored_at: epoch milliseconds.
-- A file's content is its chunks in seq order from 0, each exactly 262144 bytes (256 KiB) but the
-- last; an empty file has none. migrate-to writes the same layout.
CREATE TABLE stored_file (
    path      TEXT    PRIMARY KEY,
    size      BIGINT  NOT NULL,
    sha256    TEXT    NOT NULL,
    stored_at BIGINT  NOT NULL
);

CREATE TABLE stored_file_chunk (
    path  TEXT    NOT NULL REFERENCES stored_file (path) ON DELETE CASCADE,
    seq   INTEGER NOT NULL,
    bytes BLOB    NOT NULL,
    PRIMARY KEY (path, seq)
);
