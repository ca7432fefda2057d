-- The eselon of a structural position (`ii_b`, …): its golongan range for KP struktural and its
-- retirement age. Empty for functional and executor positions, and for a record not yet completed.
ALTER TABLE employee ADD COLUMN eselon TEXT;
