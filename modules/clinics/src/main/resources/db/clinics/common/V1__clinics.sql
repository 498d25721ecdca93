-- Clinic management. Every table: the trust first in the primary key; foreign keys include the trust.
create table clinic (
    trust       varchar(6)   not null,
    id          uuid         not null,
    name        varchar(120) not null,
    service     varchar(80)  not null,
    location    varchar(120) not null,
    clinicians  varchar(600) not null,
    version     integer      not null,
    primary key (trust, id),
    constraint clinic_name_unique_in_trust unique (trust, name)
);

create table session_template (
    trust            varchar(6)   not null,
    id               uuid         not null,
    clinic_id        uuid         not null,
    weekday          varchar(9)   not null,
    starts_at        time         not null,
    ends_at          time         not null,
    slot_minutes     integer      not null check (slot_minutes between 5 and 240),
    capacity         integer      not null check (capacity between 1 and 50),
    appointment_type varchar(10)  not null,
    clinician        varchar(100) not null,
    effective_from   date         not null,
    effective_to     date,
    primary key (trust, id),
    foreign key (trust, clinic_id) references clinic (trust, id),
    check (ends_at > starts_at),
    check (effective_to is null or effective_to >= effective_from)
);

create table clinic_session (
    trust         varchar(6)   not null,
    id            uuid         not null,
    clinic_id     uuid         not null,
    template_id   uuid         not null,
    session_date  date         not null,
    starts_at     time         not null,
    ends_at       time         not null,
    clinician     varchar(100) not null,
    status        varchar(10)  not null,
    cancel_reason varchar(500),
    version       integer      not null,
    primary key (trust, id),
    foreign key (trust, clinic_id) references clinic (trust, id),
    foreign key (trust, template_id) references session_template (trust, id),
    constraint one_session_per_template_and_day unique (trust, template_id, session_date)
);
create index clinic_session_by_day on clinic_session (trust, clinic_id, session_date);

create table slot (
    trust            varchar(6)   not null,
    id               uuid         not null,
    clinic_id        uuid         not null,
    session_id       uuid         not null,
    clinician        varchar(100) not null,
    service          varchar(80)  not null,
    appointment_type varchar(10)  not null,
    starts_at        timestamp    not null,
    ends_at          timestamp    not null,
    capacity         integer      not null,
    booked           integer      not null default 0,
    status           varchar(10)  not null,
    primary key (trust, id),
    foreign key (trust, session_id) references clinic_session (trust, id),
    -- the capacity rule, enforced by the database whatever the application does
    constraint slot_not_overbooked check (booked >= 0 and booked <= capacity),
    constraint slot_capacity_range check (capacity between 1 and 50)
);
create index slot_by_clinic_and_start on slot (trust, clinic_id, starts_at);
create index slot_by_start on slot (trust, starts_at);
create index slot_by_session on slot (trust, session_id);

create table booking (
    trust            varchar(6)   not null,
    id               uuid         not null,
    slot_id          uuid         not null,
    clinic_id        uuid         not null,
    patient_id       uuid         not null,
    appointment_type varchar(10)  not null,
    reason           varchar(500),
    status           varchar(20)  not null,
    slot_starts_at   timestamp    not null,
    booked_at        timestamp    not null,
    booked_by        varchar(200) not null,
    arrived_at       timestamp,
    outcome_at       timestamp,
    cancel_reason    varchar(500),
    next_step        varchar(12),
    follow_up_weeks  integer,
    replaced_by      uuid,
    version          integer      not null,
    primary key (trust, id),
    foreign key (trust, slot_id) references slot (trust, id)
    -- patient_id names a patient of the patient index, checked through its api when booking: no foreign key
    -- into another module's tables, so each module's schema can change on its own
);
create index booking_by_slot on booking (trust, slot_id);
create index booking_by_patient on booking (trust, patient_id, slot_starts_at);
create index booking_by_clinic_and_start on booking (trust, clinic_id, slot_starts_at);

create table referral (
    trust          varchar(6)   not null,
    id             uuid         not null,
    patient_id     uuid         not null,
    service        varchar(80)  not null,
    referral_date  date         not null,
    priority       varchar(8)   not null,
    status         varchar(8)   not null,
    booking_id     uuid,
    closed_at      timestamp,
    version        integer      not null,
    primary key (trust, id)
);
create index referral_waiting on referral (trust, service, status, priority, referral_date);
