-- Two instances on one PostgreSQL (issue 15): the one active instance is the holder of this lease
-- row, renewed before expires_at on the database's clock; another takes it once it has expired
-- (or was released), with the next epoch, in one conditional UPDATE. Every claim checks holder and
-- epoch in its own transaction (fencing). instance: each instance's last start or /reload, with
-- the hash of the bot-config/ it loaded, so a standby whose configuration differs is told.
-- site_change: see below.
-- holder, name: the instance's name (EXEMPLAR_INSTANCE_NAME, else host name and pid); instants in
-- epoch milliseconds (the database's clock: now()).
-- PostgreSQL twin of migrations/sqlite/V20__lease.sql. Types: BIGINT for the instants and the epoch;
-- the id is written by the application (always 1: plain BIGINT, CHECK (id = 1)).
CREATE TABLE lease (
    id          BIGINT  PRIMARY KEY CHECK (id = 1),
    holder      TEXT    NOT NULL,
    epoch       BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    acquired_at BIGINT  NOT NULL
);

CREATE TABLE instance (
    name        TEXT    PRIMARY KEY,
    config_hash TEXT    NOT NULL,
    loaded_at   BIGINT  NOT NULL,
    warned_hash TEXT
);

-- How often what the website export shows has changed (on PostgreSQL the active counts each
-- regeneration): a standby that sees the count move regenerates its own copy of the export.
CREATE TABLE site_change (
    id     BIGINT  PRIMARY KEY CHECK (id = 1),
    serial BIGINT  NOT NULL
);
