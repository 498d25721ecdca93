-- Release channels: which release each trust is on (the features its staff see), the one it left and when (for the
-- way back), and a move it has scheduled. Instance metadata beside the trust registry, like trust.status: the operator
-- lists every trust's, so keyed by ods_code with no trust column and no row-level security (grants in PlatformSchema).
create table trust_release (
    ods_code          varchar(6)  not null primary key references trust (ods_code),
    release           varchar(20) not null,
    previous_release  varchar(20),
    moved_at          timestamp with time zone,
    scheduled_release varchar(20),
    scheduled_for     timestamp with time zone,
    changed_by        varchar(200),
    version           integer     not null,
    constraint trust_release_schedule_whole check ((scheduled_release is null) = (scheduled_for is null))
);

-- The hosting operator's decisions for the whole instance ("releases.default_for_new_trusts"): no trust's data.
create table instance_setting (
    setting    varchar(100) not null primary key,
    value      varchar(500) not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(200) not null,
    version    integer      not null
);
