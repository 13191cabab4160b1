-- The salted seal (issue 12, finding 2; documents.md, "Biên bản kiểm phiếu"). Each box row gets a
-- salt, 32 random lowercase hex characters drawn when the row is filled and kept only in the box, and
-- the seal hashes one line code;receipt;choice;salt per filled row. Without it anyone holding the
-- minutes could try every assignment of choices to the published receipts that matches the counts
-- and read each receipt's choice from the seal. An empty row holds a placeholder of the same length,
-- so a fill never changes a row's size. Ballots opened before this migration keep the old seal
-- (seal_scheme 1, no salt) and /ballot_audit says so; new ballots have seal_scheme 2.
ALTER TABLE ballot_box ADD COLUMN salt TEXT;
ALTER TABLE ballot ADD COLUMN seal_scheme INTEGER NOT NULL DEFAULT 1;
