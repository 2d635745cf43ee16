-- The 903 gives the reason for a change of social worker (SW_REASON, 2023-24 on) on the social worker
-- episode the change starts; the store keeps it on the allocation that ended (allocation.change_reason),
-- where the simulation and the web record it. A return's first episode for a child can name a change
-- from an allocation the store does not hold (it was before the return's year, or in another system):
-- the reason is kept on the new allocation instead, so an export gives back what the import read.
ALTER TABLE allocation ADD COLUMN start_reason code_sw_reason;
COMMENT ON COLUMN allocation.start_reason IS 'Reason the child''s social worker changed to this one (903 SW_REASON), kept only when the store holds no earlier allocation to carry it as change_reason; an export prefers the earlier allocation''s change_reason.';

-- The 903 asks a girl looked after for the date of birth of her first child (MC_DOB, rules 611, 621,
-- 625, 626) besides whether she is a mother (MOTHER). With the date, a return for a year before the
-- child was born says she was not a mother then.
ALTER TABLE child ADD COLUMN first_child_birth date;
ALTER TABLE child ADD CONSTRAINT child_first_child_after_own_birth CHECK (first_child_birth IS NULL OR date_of_birth IS NULL OR first_child_birth > date_of_birth);
COMMENT ON COLUMN child.first_child_birth IS 'Date of birth of the young person''s first child (903 MC_DOB), when she is a mother and it is known.';
