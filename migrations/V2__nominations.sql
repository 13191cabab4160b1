-- Nominations: the whole lifecycle, from a draft (no code yet) to its final state.
-- state: draft, submitted, returned, endorsed, needs_more, appraised, in_ballot, passed, failed,
--        recognised, not_recognised, revoked, withdrawn.
-- A nomination is live when it is neither a draft nor withdrawn (nor failed, not_recognised, revoked).
CREATE TABLE nomination (
    id                INTEGER PRIMARY KEY,
    code              INTEGER UNIQUE,           -- N-<code>; null while a draft; counts on across cycles
    cycle_year        INTEGER NOT NULL,
    proposer_id       TEXT    NOT NULL,
    kind              TEXT,                     -- individual, collective; null until chosen
    nominee_person_id TEXT,                     -- an individual's roster id
    nominee_division  TEXT,                     -- a collective's division, or the individual's division
    movement          TEXT,
    achievements      TEXT,
    new_factor        INTEGER,                  -- null: not answered; 0 or 1
    state             TEXT    NOT NULL DEFAULT 'draft',
    state_note        TEXT,                     -- a return comment, or what the appraisal found missing
    endorsed_by       TEXT,
    endorsed_at       INTEGER,
    appraised_by      TEXT,
    appraised_at      INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    submitted_at      INTEGER
);
CREATE INDEX nomination_proposer ON nomination (proposer_id, state);
CREATE INDEX nomination_person_nominee ON nomination (cycle_year, nominee_person_id, state);
CREATE INDEX nomination_division_nominee ON nomination (cycle_year, kind, nominee_division, state);
CREATE INDEX nomination_state ON nomination (state, cycle_year);

-- The proposer's answer to each general criterion, as the criterion read when it was answered.
CREATE TABLE nomination_answer (
    nomination_id   INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    criterion_index INTEGER NOT NULL,
    criterion       TEXT    NOT NULL,
    met             INTEGER NOT NULL DEFAULT 0,  -- answered with «Đạt»; answer is then the evidence
    answer          TEXT    NOT NULL,
    PRIMARY KEY (nomination_id, criterion_index)
);

-- Evidence files, downloaded into the data folder (path relative to it), their Telegram file_id kept.
CREATE TABLE nomination_file (
    id            INTEGER PRIMARY KEY,
    nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    file_id       TEXT    NOT NULL,
    path          TEXT    NOT NULL,
    file_name     TEXT    NOT NULL,
    mime_type     TEXT,
    size          INTEGER NOT NULL,
    photo         INTEGER NOT NULL DEFAULT 0,
    added_at      INTEGER NOT NULL
);
CREATE INDEX nomination_file_nomination ON nomination_file (nomination_id, id);
