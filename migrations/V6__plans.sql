-- Division plans: each filing is a version; the latest of a division and cycle is the one in force,
-- the earlier ones stay as previous versions.
CREATE TABLE division_plan (
    id           INTEGER PRIMARY KEY,
    cycle_year   INTEGER NOT NULL,
    division     TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    filed_by     TEXT    NOT NULL,            -- roster id of the head or the office clerk who filed it
    filed_at     INTEGER NOT NULL,
    late         INTEGER NOT NULL DEFAULT 0,  -- filed after cycle.division-plans-due
    body         TEXT,                        -- a plan typed as text; null for a file
    file_id      TEXT,                        -- Telegram's file id of a plan sent as a file
    path         TEXT,                        -- its copy, relative to the data folder
    file_name    TEXT,
    mime_type    TEXT,
    size         INTEGER,
    UNIQUE (cycle_year, division, version)
);

-- Deadline reminders sent: one row per (deadline, offset, person), written in the transaction that
-- puts the reminder in the outbox, so none is ever sent twice. The daily summary uses the offset
-- column for its day ("summary:2026-12-10").
CREATE TABLE reminder_sent (
    deadline   TEXT    NOT NULL,              -- the deadline's name and cycle year: division-plans-due:2026
    offset_key TEXT    NOT NULL,              -- ISO-8601 duration, e.g. P3D or PT2H
    person_id  TEXT    NOT NULL,
    sent_at    INTEGER NOT NULL,
    PRIMARY KEY (deadline, offset_key, person_id)
);
