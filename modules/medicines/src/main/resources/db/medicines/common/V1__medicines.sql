-- Medicines and pharmacy verification. Trust tables: the trust first in every primary key, foreign keys include it;
-- row-level security and grants come from the platform (TrustTables), declared exceptions in MedicinesSchema.

-- The knowledge base is the instance's, not a trust's: each release is kept whole (its files), one is live.
create table kb_release (
    id              uuid         not null primary key,
    name            varchar(200) not null,
    version         varchar(40)  not null,
    issued          date         not null,
    loaded_at       timestamp with time zone not null,
    loaded_by       varchar(200) not null,
    live            boolean      not null,
    about           text         not null,
    classes         text         not null,
    substances      text         not null,
    products        text         not null,
    interactions    text         not null,
    allergy_groups  text         not null,
    constraint kb_release_version_unique unique (name, version)
);
create unique index kb_release_one_live on kb_release (live) where live;

-- The trust's formulary: the products it allows, with restrictions and local maximum doses. A product taken off
-- is withdrawn (kept, with who and when), not deleted.
create table formulary_entry (
    trust         varchar(6)    not null,
    product_id    varchar(20)   not null,
    withdrawn     boolean       not null,
    restriction   varchar(200),
    local_maximum numeric(12,3) check (local_maximum is null or local_maximum > 0),
    changed_by    varchar(200)  not null,
    changed_at    timestamp with time zone not null,
    version       integer       not null,
    primary key (trust, product_id)
);

-- Allergies and intolerances, and "no known drug allergies" as an entry of its own. Never updated except to end
-- an entry (entered in error, no longer applies, or an NKDA entry ended by a new allergy); a correction is a new entry.
create table allergy (
    trust          varchar(6)   not null,
    id             uuid         not null,
    patient_id     uuid         not null,
    kind           varchar(20)  not null,
    substance_id   varchar(20),
    allergy_group  varchar(40),
    description    varchar(200) not null,
    reaction_type  varchar(20),
    reaction       varchar(200),
    severity       varchar(20),
    certainty      varchar(20),
    onset          date,
    recorded_by    varchar(200) not null,
    recorded_at    timestamp with time zone not null,
    ended_at       timestamp with time zone,
    ended_by       varchar(200),
    end_reason     varchar(200),
    version        integer      not null,
    primary key (trust, id),
    check (kind in ('SUBSTANCE', 'GROUP', 'NO_KNOWN_ALLERGIES')),
    check ((kind = 'SUBSTANCE') = (substance_id is not null)),
    check ((kind = 'GROUP') = (allergy_group is not null))
);
create index allergy_patient on allergy (trust, patient_id);

-- A medication order and its versions: a change of medicine, dose, route or frequency is a new version that goes
-- back to the pharmacist; every version stays readable.
create table medication_order (
    trust              varchar(6)   not null,
    id                 uuid         not null,
    patient_id         uuid         not null,
    submission_id      uuid         not null,
    service            varchar(80)  not null,
    status             varchar(30)  not null,
    current_version    integer      not null,
    high_risk          boolean      not null,
    prescribed_by      varchar(200) not null,
    awaiting_since     timestamp with time zone,
    stopped_at         timestamp with time zone,
    stopped_by         varchar(200),
    stop_reason        varchar(200),
    version            integer      not null,
    primary key (trust, id),
    constraint medication_order_submission_unique unique (trust, submission_id)
);
create index medication_order_patient on medication_order (trust, patient_id);
create index medication_order_worklist on medication_order (trust, status, awaiting_since);

create table medication_order_version (
    trust             varchar(6)    not null,
    id                uuid          not null,
    order_id          uuid          not null,
    number            integer       not null,
    product_id        varchar(20)   not null,
    product_name      varchar(200)  not null,
    route_code        varchar(18)   not null,
    dose_amount       numeric(12,3) not null check (dose_amount > 0),
    dose_unit         varchar(20)   not null,
    frequency         varchar(30)   not null,
    max_doses_per_24h integer       check (max_doses_per_24h between 1 and 24),
    start_date        date          not null,
    end_date          date,
    indication        varchar(200)  not null,
    notes             varchar(1000),
    prescribed_by     varchar(200)  not null,
    prescribed_at     timestamp with time zone not null,
    screening         text          not null,
    kb_version        varchar(250),
    override_reason   varchar(500),
    verification      varchar(20)   not null,
    verified_by       varchar(200),
    verified_at       timestamp with time zone,
    verification_note varchar(500),
    verification_screening text,
    primary key (trust, id),
    constraint medication_order_version_number_unique unique (trust, order_id, number),
    foreign key (trust, order_id) references medication_order (trust, id),
    check (end_date is null or end_date >= start_date)
);

-- A pharmacist's query about an order version and the prescriber's answer.
create table order_query (
    trust        varchar(6)   not null,
    id           uuid         not null,
    order_id     uuid         not null,
    version_number integer    not null,
    asked_by     varchar(200) not null,
    asked_at     timestamp with time zone not null,
    question     varchar(1000) not null,
    answered_by  varchar(200),
    answered_at  timestamp with time zone,
    answer       varchar(1000),
    version      integer      not null,
    primary key (trust, id),
    foreign key (trust, order_id) references medication_order (trust, id)
);
create index order_query_order on order_query (trust, order_id);
