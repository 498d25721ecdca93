-- Whole-trust exports (docs/export.md). A job is requested by the trust admin (screen or Bulk Data API) and run in the
-- background as the trust's own worker; its rows say where it stands, so a restart resumes it from its checkpoint.
-- Row-level security and grants come from TrustTables, like every trust table.
create table export_job (
    trust          varchar(6)   not null,
    id             uuid         not null,
    requested_by   varchar(200) not null,
    requested_at   timestamp with time zone not null,
    requested_via  varchar(10)  not null,   -- SCREEN or BULK_API
    state          varchar(12)  not null,   -- QUEUED, RUNNING, DONE, FAILED, CANCELLED
    expected       bigint       not null default 0, -- resources counted when the job started (the progress bar's 100%)
    written        bigint       not null default 0,
    finished_at    timestamp with time zone,
    failure        varchar(1000),
    primary key (trust, id)
);

-- One file of a job: one resource type. The checkpoint of the type being written is its last key and the file's
-- length at that key; lines past that length (written before a crash, never checkpointed) are cut off on resume.
create table export_file (
    trust          varchar(6)   not null,
    id             uuid         not null,
    job_id         uuid         not null,
    position       integer      not null,   -- order of writing
    module         varchar(40)  not null,
    resource_type  varchar(60)  not null,
    expected       bigint       not null default 0,
    written        bigint       not null default 0,
    bytes          bigint       not null default 0,
    last_key       varchar(100),
    finished       boolean      not null default false,
    sha256         varchar(64),
    primary key (trust, id),
    unique (trust, job_id, resource_type),
    foreign key (trust, job_id) references export_job (trust, id)
);
