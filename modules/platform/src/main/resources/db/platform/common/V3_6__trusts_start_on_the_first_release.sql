-- Trusts hosted before release channels behave as release 2026.1 (the first release, which adds no feature).
insert into trust_release (ods_code, release, version)
select ods_code, '2026.1', 0 from trust where ods_code not in (select ods_code from trust_release);
