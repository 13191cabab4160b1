-- Backups and restores (the backup module).
-- One row: the scheduled backup owed since a moment (its time came, it has not run yet), the last
-- good backup, the last one skipped (and why: a ballot's secrets still in the files, too little
-- space) and the last failure.
CREATE TABLE backup_state (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    owed_since        INTEGER,
    last_success_at   INTEGER,
    last_file         TEXT,
    last_size         INTEGER,
    last_skip_at      INTEGER,
    last_skip_reason  TEXT,
    last_failure_at   INTEGER,
    last_failure      TEXT
);
INSERT INTO backup_state (id) VALUES (1);

-- After a restore of older data, numbers continue above the highest found in the data moved aside:
-- kind 'nomination-code' (year 0), 'decision-number' and 'certificate-register' (per year).
CREATE TABLE number_floor (
    kind   TEXT    NOT NULL,
    year   INTEGER NOT NULL,
    floor  INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
);

-- Outbox rows found unsent in restored data wait for the admin (status 'restored'); the status
-- they had is kept here, for «Gửi lại».
ALTER TABLE outbox ADD COLUMN restored_from TEXT;
