-- A scrub of the database files owed (issue 12, finding 3): written in the same transaction as the
-- end of a ballot, deleted only once the VACUUM and the truncating checkpoint have succeeded. A kill,
-- an outside reader holding the write-ahead log or a full disk can no longer leave the freed pages of
-- a ballot in the files: the scrub is retried until done, and owed scrubs run at the next start,
-- before the first update.
CREATE TABLE scrub_owed (
    what  TEXT    PRIMARY KEY,   -- 'vacuum'
    since INTEGER NOT NULL
);
