-- The trusts this instance hosts: platform metadata, shared by the instance.
create table trust (
    ods_code     varchar(6)   not null primary key,
    name         varchar(200) not null,
    short_name   varchar(40)  not null,
    colour       varchar(7)   not null,
    modules      varchar(400) not null,
    status       varchar(12)  not null,
    realm        varchar(100) not null,
    onboarded_at timestamp with time zone not null,
    version      integer      not null
);

-- The audit trail: every view, search and change of a patient record. Append-only.
create table audit_event (
    trust        varchar(6)   not null,
    id           uuid         not null,
    at           timestamp with time zone not null,
    actor        varchar(200) not null,
    actor_name   varchar(200),
    patient_id   uuid,
    action       varchar(40)  not null,
    detail       varchar(2000),
    from_address varchar(100),
    primary key (trust, id)
);
create index audit_event_patient on audit_event (trust, patient_id, at);
create index audit_event_at on audit_event (trust, at);
