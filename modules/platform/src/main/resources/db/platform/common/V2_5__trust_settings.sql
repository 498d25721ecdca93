-- A trust's decisions for its modules, by module and name ("patient-index.nhs_number_changers",
-- "clinics.dna_next_step"): one table for every module, so no module keeps its own settings table. Without a row
-- the module's default stands. Row-level security and grants come from TrustTables, like every trust table.
create table trust_setting (
    trust      varchar(6)   not null,
    setting    varchar(100) not null,
    value      varchar(500) not null,
    version    integer      not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(200) not null,
    primary key (trust, setting)
);
