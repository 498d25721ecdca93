-- Byte-order collation so a family-name prefix search is an index range scan.
alter table patient alter column search_name type varchar(100) collate "C";

alter table patient enable row level security;
alter table patient force row level security;
create policy patient_trust on patient
    using (trust = current_setting('epr.trust', true))
    with check (trust = current_setting('epr.trust', true));

-- Patients are corrected, never deleted by the application.
grant select, insert, update on patient to ${appRole};
