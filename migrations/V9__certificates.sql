-- Corrections and certificates (issue 5): each exemplar's certificate (Giấy công nhận) as issued,
-- with its register number (Số sổ), a running number from 1 in each calendar year of the
-- certificate's date (the decision's date), given when it is first issued and kept when it is
-- issued again (/reissue: version 2, 3…; earlier files are kept). revoked: marked ĐÃ THU HỒI
-- after /revoke (the reason is in revocation). pdf_path: the current file, relative to the data
-- folder.
CREATE TABLE certificate (
    nomination_id INTEGER NOT NULL PRIMARY KEY,
    decision_id   INTEGER NOT NULL REFERENCES decision (id),
    register_year INTEGER NOT NULL,
    register_no   INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    pdf_path      TEXT    NOT NULL,
    issued_at     INTEGER NOT NULL,
    revoked       INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX certificate_register_once ON certificate (register_year, register_no);

-- The signed scan of a decision (/signed), kept beside it; from then on the copy sent and kept.
ALTER TABLE decision ADD COLUMN signed_path TEXT;
ALTER TABLE decision ADD COLUMN signed_name TEXT;
