-- Expand: a trust's clinic decisions move to the platform's trust settings (one place for every module's decisions,
-- exported with the trust), as "clinics.<name>". Clinics reads and writes only trust_setting from this release;
-- clinic_setting stays, unread, until no trust is on a release that reads it (contract: docs/releases.md).
-- Across all trusts: the owner is bound by the forced policies, so lift FORCE for this migration only (it runs in
-- one transaction, so no other session sees the tables without it).
alter table clinic_setting no force row level security;
alter table trust_setting no force row level security;
insert into trust_setting (trust, setting, value, version, changed_at, changed_by)
select trust, 'clinics.' || name, value, 1, now(), 'migration'
  from clinic_setting
    on conflict (trust, setting) do nothing;
alter table trust_setting force row level security;
alter table clinic_setting force row level security;
