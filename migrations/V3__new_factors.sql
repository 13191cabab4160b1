-- Fostering (domain.md step 8): new factors (nhân tố mới) and, later, recognised exemplars followed up
-- with dated notes. Not keyed by cycle: the list carries over from one cycle to the next.

-- One row per person or per collective on the list, whichever way it joined.
-- source: nomination (proposed in step 7 of a nomination, listed when it was endorsed),
--         direct (added by a division head or a council secretary), exemplar (a recognised exemplar).
CREATE TABLE new_factor (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('individual', 'collective')),
    person_id       TEXT,                     -- an individual's roster id
    division        TEXT    NOT NULL,         -- the collective, or the individual's division when listed
    since_year      INTEGER NOT NULL,         -- the cycle in which it joined the list
    source          TEXT    NOT NULL CHECK (source IN ('nomination', 'direct', 'exemplar')),
    nomination_id   INTEGER,                  -- the nomination it came from (nomination table), if any
    nomination_code INTEGER,                  -- that nomination's N-<code>, as people know it
    added_by        TEXT    NOT NULL,         -- roster id of who added it (or endorsed it), or system
    reason          TEXT,                     -- why an exemplar is followed
    added_at        INTEGER NOT NULL,
    CHECK ((kind = 'individual') = (person_id IS NOT NULL))
);
-- One factor per person and one per collective.
CREATE UNIQUE INDEX new_factor_person ON new_factor (person_id) WHERE kind = 'individual';
CREATE UNIQUE INDEX new_factor_collective ON new_factor (division) WHERE kind = 'collective';

-- Dated follow-up notes by the factor's division head or a council secretary.
CREATE TABLE new_factor_note (
    id         INTEGER PRIMARY KEY,
    factor_id  INTEGER NOT NULL REFERENCES new_factor (id),
    author_id  TEXT    NOT NULL,
    written_at INTEGER NOT NULL,
    text       TEXT    NOT NULL
);
CREATE INDEX new_factor_note_factor ON new_factor_note (factor_id, written_at, id);
