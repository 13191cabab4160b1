-- Foundation: inbox of updates, outbox of messages, accounts bound to the roster,
-- conversation state, the audit log and the due-actions table of timed actions.
-- Instants are epoch milliseconds (INTEGER); ids that the driver generates are INTEGER PRIMARY KEY.

-- Each update is stored before its offset is confirmed; once handled only its id stays.
CREATE TABLE inbox (
    update_id   INTEGER PRIMARY KEY,
    payload     TEXT,
    received_at INTEGER NOT NULL,
    handled_at  INTEGER,
    failed      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbox_unhandled ON inbox (handled_at, update_id);

-- Messages to send, written in the same transaction as the change that causes them.
-- status: held (recipient not registered yet), pending, sent, refused.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    person_id       TEXT,
    chat_id         INTEGER,
    method          TEXT    NOT NULL,
    payload         TEXT,
    ref             TEXT,
    target_id       INTEGER,
    status          TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    message_id      INTEGER,
    outcome         TEXT,
    created_at      INTEGER NOT NULL,
    settled_at      INTEGER
);
CREATE INDEX outbox_pending ON outbox (status, next_attempt_at, id);
CREATE INDEX outbox_person ON outbox (person_id, status);
CREATE INDEX outbox_ref ON outbox (ref);
-- The head of each chat's queue: the sender sends a chat's messages in order, one at a time.
CREATE INDEX outbox_head ON outbox (status, chat_id, id);

-- A roster person's Telegram account: bound by id, username or own contact; registered on /start.
CREATE TABLE account (
    person_id     TEXT PRIMARY KEY,
    telegram_id   INTEGER NOT NULL UNIQUE,
    chat_id       INTEGER,
    language      TEXT    NOT NULL DEFAULT 'vi',
    bound_by      TEXT    NOT NULL,
    bound_at      INTEGER NOT NULL,
    registered_at INTEGER
);

-- Conversation state per person and per flow; at most one flow is active (takes typed text).
CREATE TABLE conversation (
    person_id  TEXT    NOT NULL,
    flow       TEXT    NOT NULL,
    state      TEXT    NOT NULL,
    active     INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (person_id, flow)
);

-- Who did what, when, on what. Never the content of a vote.
CREATE TABLE audit_entry (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    subject TEXT,
    detail  TEXT
);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- Timed actions: the source of truth; Quartz only ticks. A row is claimed once, with its effect.
CREATE TABLE due_action (
    id       INTEGER PRIMARY KEY,
    action_key TEXT  NOT NULL UNIQUE,
    kind     TEXT    NOT NULL,
    payload  TEXT,
    due_at   INTEGER NOT NULL,
    fired_at INTEGER,
    outcome  TEXT
);
CREATE INDEX due_action_due ON due_action (fired_at, due_at);
