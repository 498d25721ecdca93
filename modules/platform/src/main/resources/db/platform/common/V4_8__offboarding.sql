-- Offboarding (docs/offboarding.md). Instance metadata only, no patient data: the columns and tables here have no
-- `trust` column (they name their subject trust), so TrustTables leaves them without row-level security and the
-- hosting operator, who holds no trust, can read them; their grants are declared in PlatformSchema.

-- The trust admin's confirmation that the export was received, and the operator's legal hold.
alter table trust add column export_confirmed_job varchar(36); -- an export_job id (text: the trust entity reads it even when unset)
alter table trust add column export_confirmed_by  varchar(200);
alter table trust add column export_confirmed_at  timestamp with time zone;
alter table trust add column legal_hold           boolean not null default false;
alter table trust add column legal_hold_reason    varchar(1000);

-- One erasure of one trust: the job (state, checkpoint) and, once DONE, its certificate.
create table trust_erasure (
    id                  uuid         not null primary key,
    subject_trust       varchar(6)   not null unique,  -- a trust is erased once
    requested_by        varchar(200) not null,
    requested_at        timestamp with time zone not null,
    export_job          uuid         not null,
    export_confirmed_by varchar(200) not null,
    export_confirmed_at timestamp with time zone not null,
    state               varchar(12)  not null,          -- RUNNING, DONE, FAILED
    started_at          timestamp with time zone,
    finished_at         timestamp with time zone,
    failure             varchar(1000)
);

-- One table of an erasure, in erasure order (children before parents): the checkpoint is rows_erased and done.
create table trust_erasure_table (
    erasure_id   uuid         not null references trust_erasure (id),
    position     integer      not null,
    table_name   varchar(63)  not null,
    rows_before  bigint       not null,
    rows_erased  bigint       not null default 0,
    rows_after   bigint,
    done         boolean      not null default false,
    primary key (erasure_id, table_name)
);
