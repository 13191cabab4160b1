-- The director's decisions (issue 5, first slice): the council's results as each ballot closed,
-- the decisions (Quyết định công nhận) with their number, the rejections with their reason, and
-- the acknowledgement of a ballot that passed nothing.

-- Each nomination's council result, copied from the ballot's facts when it closes.
CREATE TABLE council_result (
    ballot_id     INTEGER NOT NULL,
    nomination_id INTEGER NOT NULL,
    code          TEXT    NOT NULL,
    passed        INTEGER NOT NULL,
    PRIMARY KEY (ballot_id, nomination_id)
);

-- state: draft (no number yet) or numbered. number_year: the calendar year of decided_on, in which
-- numbers are unique. Files kept under <data>/decisions/<id>/ (paths relative to the data folder).
CREATE TABLE decision (
    id          INTEGER PRIMARY KEY,
    ballot_id   INTEGER NOT NULL,
    number      TEXT,
    decided_on  TEXT,
    number_year INTEGER,
    state       TEXT    NOT NULL,
    late        INTEGER NOT NULL DEFAULT 0,
    made_by     TEXT    NOT NULL,
    made_at     INTEGER NOT NULL,
    pdf_path    TEXT,
    docx_path   TEXT
);
CREATE UNIQUE INDEX decision_number_once ON decision (number_year, number) WHERE number IS NOT NULL;

-- A nomination is decided once: recognised in one decision, or rejected.
CREATE TABLE decision_item (
    decision_id   INTEGER NOT NULL REFERENCES decision (id),
    nomination_id INTEGER NOT NULL PRIMARY KEY,
    position      INTEGER NOT NULL
);

CREATE TABLE rejection (
    nomination_id INTEGER NOT NULL PRIMARY KEY,
    ballot_id     INTEGER NOT NULL,
    reason        TEXT    NOT NULL,
    late          INTEGER NOT NULL DEFAULT 0,
    rejected_by   TEXT    NOT NULL,
    rejected_at   INTEGER NOT NULL
);

-- A closed ballot that passed nothing, its results acknowledged by the director.
CREATE TABLE ballot_acknowledgement (
    ballot_id       INTEGER NOT NULL PRIMARY KEY,
    acknowledged_by TEXT    NOT NULL,
    acknowledged_at INTEGER NOT NULL
);

-- The publication moment of a ballot: its outcomes told, certificates sent, exemplars announced.
CREATE TABLE publication (
    ballot_id    INTEGER NOT NULL PRIMARY KEY,
    published_at INTEGER NOT NULL
);

-- A nomination's outcome (council result, decision) is shown to proposers, nominees and division
-- heads only once its ballot is published.
ALTER TABLE nomination ADD COLUMN published_at INTEGER;
