-- Problems and diagnoses, alerts and risks, legal status. Nothing is deleted: problems are resolved or entered in
-- error, alerts are ended with a reason, a legal status is ended (by discharge or by the status that replaces it).

create table problem (
    trust             varchar(6)   not null,
    id                uuid         not null,
    patient_id        uuid         not null,
    kind              varchar(20)  not null,
    code_system       varchar(20),
    code              varchar(20),
    term              varchar(300) not null,
    onset             date,
    status            varchar(20)  not null,
    resolved_on       date,
    primary_diagnosis boolean      not null,
    comment           varchar(500),
    recorded_by       varchar(200) not null,
    recorded_at       timestamp with time zone not null,
    changed_by        varchar(200) not null,
    changed_at        timestamp with time zone not null,
    change_reason     varchar(300),
    version           integer      not null,
    primary key (trust, id),
    constraint problem_coded_or_words check ((code_system is null) = (code is null)),
    constraint problem_resolved_has_date check ((status = 'RESOLVED') = (resolved_on is not null)),
    constraint problem_primary_is_active_diagnosis check (not primary_diagnosis or (status = 'ACTIVE' and kind = 'DIAGNOSIS'))
);
create index problem_patient on problem (trust, patient_id, status);
create unique index problem_one_primary on problem (trust, patient_id) where primary_diagnosis;

create table risk_alert (
    trust        varchar(6)    not null,
    id           uuid          not null,
    patient_id   uuid          not null,
    category     varchar(30)   not null,
    severity     varchar(10)   not null,
    details      varchar(2000) not null,
    review_date  date          not null,
    recorded_by  varchar(200)  not null,
    recorded_at  timestamp with time zone not null,
    reviewed_by  varchar(200),
    reviewed_at  timestamp with time zone,
    ended_by     varchar(200),
    ended_at     timestamp with time zone,
    end_reason   varchar(300),
    version      integer       not null,
    primary key (trust, id),
    constraint risk_alert_ended_with_reason check ((ended_at is null) = (end_reason is null))
);
-- the banner's query: a patient's current alerts
create index risk_alert_current on risk_alert (trust, patient_id) where ended_at is null;
create index risk_alert_patient on risk_alert (trust, patient_id, recorded_at);

create table legal_status (
    trust        varchar(6)   not null,
    id           uuid         not null,
    patient_id   uuid         not null,
    section      varchar(20)  not null,
    started_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    renewals     integer      not null,
    renewed_by   varchar(200),
    renewed_at   timestamp with time zone,
    ended_at     timestamp with time zone,
    ended_by     varchar(200),
    end_reason   varchar(300),
    recorded_by  varchar(200) not null,
    recorded_at  timestamp with time zone not null,
    version      integer      not null,
    primary key (trust, id),
    constraint legal_status_end_after_start check (ended_at is null or ended_at >= started_at)
);
-- one current status per patient; also the banner's query
create unique index legal_status_one_current on legal_status (trust, patient_id) where ended_at is null;
create index legal_status_history on legal_status (trust, patient_id, started_at);
