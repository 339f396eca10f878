-- Whether a label's type makes up the column's whole values or occurs inside longer text (notes, JSON documents).
-- Every label written before this was a whole-value one.
ALTER TABLE column_classifications ADD COLUMN occurrence VARCHAR(20) DEFAULT 'WHOLE_VALUE' NOT NULL;
