-- Two instances on one PostgreSQL (issue 15): the one active instance is the holder of this lease
-- row, renewed before expires_at on the database's clock; another takes it once it has expired
-- (or was released), with the next epoch, in one conditional UPDATE. Every claim checks holder and
-- epoch in its own transaction (fencing). instance: each instance's last start or /reload, with
-- the hash of the bot-config/ it loaded, so a standby whose configuration differs is told.
-- site_change: see below.
-- On SQLite one process is always active: these tables stay empty (created so both schemas match).
-- holder, name: the instance's name (EXEMPLAR_INSTANCE_NAME, else host name and pid); instants in
-- epoch milliseconds.
CREATE TABLE lease (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    holder      TEXT    NOT NULL,
    epoch       INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    acquired_at INTEGER NOT NULL
);

CREATE TABLE instance (
    name        TEXT    PRIMARY KEY,
    config_hash TEXT    NOT NULL,
    loaded_at   INTEGER NOT NULL,
    warned_hash TEXT
);

-- How often what the website export shows has changed (on PostgreSQL the active counts each
-- regeneration): a standby that sees the count move regenerates its own copy of the export.
CREATE TABLE site_change (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    serial INTEGER NOT NULL
);
