-- Backfill across all trusts: the owner is bound by the forced policies, so lift FORCE for this migration only
-- (it runs in one transaction, so no other session sees the tables without it).
alter table booking no force row level security;
alter table slot no force row level security;
update booking b set slot_ends_at = s.ends_at from slot s where s.trust = b.trust and s.id = b.slot_id and b.slot_ends_at is null;
alter table slot force row level security;
alter table booking force row level security;
alter table booking alter column slot_ends_at set not null;
