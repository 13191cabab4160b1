-- The council's secret ballot (issue 4). The voter list (who has voted) and the box (receipt,
-- choice) are separate tables, both created full when the ballot opens, with no timestamps: a vote
-- marks its voter row and fills a randomly picked empty box row in place, a choice of the same
-- size as the empty one ('-' then 'A', 'D' or 'N'), so neither content, order nor size links a
-- member to a choice. The receipt is never stored beside the member.

-- A message carrying a ballot choice or a receipt: deleted once delivered, text dropped if refused.
ALTER TABLE outbox ADD COLUMN ephemeral INTEGER NOT NULL DEFAULT 0;

-- state: open, closed, voided. rules: the ballot settings frozen at opening (JSON).
-- facts: what the minutes need, recorded at close (JSON); seal: as documents.md defines it.
CREATE TABLE ballot (
    id          INTEGER PRIMARY KEY,
    cycle_year  INTEGER NOT NULL,
    state       TEXT    NOT NULL,
    opened_by   TEXT    NOT NULL,
    opened_at   INTEGER NOT NULL,
    closes_at   INTEGER NOT NULL,
    closed_at   INTEGER,
    closed_by   TEXT,
    rules       TEXT    NOT NULL,
    void_reason TEXT,
    facts       TEXT,
    seal        TEXT
);
-- One open ballot at a time.
CREATE UNIQUE INDEX ballot_one_open ON ballot (state) WHERE state = 'open';

-- The nominations a ballot covers, as they read when it opened.
CREATE TABLE ballot_item (
    ballot_id         INTEGER NOT NULL REFERENCES ballot (id),
    nomination_id     INTEGER NOT NULL,
    position          INTEGER NOT NULL,
    code              TEXT    NOT NULL,
    nominee           TEXT    NOT NULL,
    division          TEXT,
    movement          TEXT,
    excerpt           TEXT,
    nominee_person_id TEXT,
    PRIMARY KEY (ballot_id, nomination_id)
);

-- The electorate frozen at opening: the council members on the roster then, in roster order.
CREATE TABLE ballot_member (
    ballot_id INTEGER NOT NULL REFERENCES ballot (id),
    person_id TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (ballot_id, person_id)
);

-- The voter list: one row per member and nomination they may vote on (recused members have none).
CREATE TABLE ballot_voter (
    ballot_id     INTEGER NOT NULL REFERENCES ballot (id),
    nomination_id INTEGER NOT NULL,
    person_id     TEXT    NOT NULL,
    voted         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (ballot_id, nomination_id, person_id)
);

-- The box: one row per possible ballot, a random receipt, the choice '-' until filled.
CREATE TABLE ballot_box (
    ballot_id     INTEGER NOT NULL REFERENCES ballot (id),
    nomination_id INTEGER NOT NULL,
    receipt       TEXT    NOT NULL,
    choice        TEXT    NOT NULL DEFAULT '-',
    UNIQUE (ballot_id, receipt)
);

-- The ballot messages each member was sent (outbox rows), to say so when the ballot ends.
CREATE TABLE ballot_message (
    ballot_id     INTEGER NOT NULL REFERENCES ballot (id),
    person_id     TEXT    NOT NULL,
    nomination_id INTEGER NOT NULL,             -- 0 for the header
    outbox_id     INTEGER NOT NULL,
    PRIMARY KEY (ballot_id, person_id, nomination_id)
);
