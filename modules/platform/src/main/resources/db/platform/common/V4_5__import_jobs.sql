-- Whole-trust imports (docs/export.md, "Import"): an export archive loaded into an empty trust by its trust admin, run
-- in the background as the trust's own worker. Per file the number of lines loaded is the checkpoint (one transaction
-- per batch writes the records, their ids and the checkpoint together), so a restart resumes after the last batch.
-- Row-level security and grants come from TrustTables, like every trust table.
create table import_job (
    trust          varchar(6)   not null,
    id             uuid         not null,
    requested_by   varchar(200) not null,
    requested_at   timestamp with time zone not null,
    source_trust   varchar(6)   not null,   -- the trust the archive was exported from (its manifest)
    source_job     varchar(64)  not null,   -- the export job (its manifest)
    state          varchar(12)  not null,   -- QUEUED, RUNNING, DONE, FAILED
    expected       bigint       not null default 0,
    loaded         bigint       not null default 0,
    finished_at    timestamp with time zone,
    failure        varchar(1000),
    primary key (trust, id)
);

create table import_file (
    trust          varchar(6)   not null,
    id             uuid         not null,
    job_id         uuid         not null,
    position       integer      not null,   -- order of loading (parts after the types they need)
    module         varchar(40)  not null,
    resource_type  varchar(60)  not null,
    expected       bigint       not null,
    loaded         bigint       not null default 0, -- lines of the file loaded (the checkpoint)
    finished       boolean      not null default false,
    primary key (trust, id),
    unique (trust, job_id, resource_type),
    foreign key (trust, job_id) references import_job (trust, id)
);

-- The job's id map: each imported record's id in the archive and the id it has here, so references between modules
-- (Appointment -> Patient) point at the new records, also after a restart.
create table import_id (
    trust          varchar(6)   not null,
    job_id         uuid         not null,
    resource_type  varchar(60)  not null,
    old_id         varchar(100) not null,
    new_id         varchar(100) not null,
    primary key (trust, job_id, resource_type, old_id),
    foreign key (trust, job_id) references import_job (trust, id)
);
