-- Episodes of care: a patient on a service's caseload after an accepted referral (community), or admitted to a ward
-- (inpatient) with the stays on each ward and the leave taken; the trust's wards. Nothing is deleted: episodes end,
-- stays and leave end, wards close.

create table ward (
    trust    varchar(6)  not null,
    id       uuid        not null,
    name     varchar(80) not null,
    name_key varchar(80) not null,
    closed   boolean     not null default false,
    version  integer     not null default 0,
    constraint ward_pk primary key (trust, id)
);
create unique index ward_name_unique on ward (trust, name_key);

create table episode_of_care (
    trust                 varchar(6)               not null,
    id                    uuid                     not null,
    patient_id            uuid                     not null,
    kind                  varchar(10)              not null,
    service               varchar(80),
    service_key           varchar(80),
    team                  varchar(80),
    referral_id           uuid,
    referral_date         date,
    ward_id               uuid,
    ward_name             varchar(80),
    started_at            timestamp with time zone not null,
    responsible_clinician varchar(100)             not null,
    legal_status_at_start varchar(30)              not null,
    legal_status_at_end   varchar(30),
    ended_at              timestamp with time zone,
    ended_by              varchar(100),
    end_reason            varchar(200),
    recorded_by           varchar(100)             not null,
    recorded_at           timestamp with time zone not null,
    changed_by            varchar(100)             not null,
    changed_at            timestamp with time zone not null,
    last_submission       uuid,
    version               integer                  not null default 0,
    constraint episode_of_care_pk primary key (trust, id),
    constraint episode_kind check (kind in ('COMMUNITY', 'INPATIENT')),
    constraint episode_community_has_service check (kind <> 'COMMUNITY' or (service is not null and service_key is not null and team is not null
                                                                             and referral_date is not null)),
    constraint episode_inpatient_has_ward check (kind <> 'INPATIENT' or (ward_id is not null and ward_name is not null)),
    constraint episode_ends_after_start check (ended_at is null or ended_at >= started_at),
    constraint episode_ends_with_legal_status check ((ended_at is null) = (legal_status_at_end is null))
);
-- the second lines behind the use cases' checks
create unique index episode_one_open_admission on episode_of_care (trust, patient_id) where kind = 'INPATIENT' and ended_at is null;
create unique index episode_one_open_per_service on episode_of_care (trust, patient_id, service_key) where kind = 'COMMUNITY' and ended_at is null;
create unique index episode_referral_accepted_once on episode_of_care (trust, referral_id) where referral_id is not null;
-- a patient's episodes, newest first; who is on a ward now
create index episode_of_care_patient on episode_of_care (trust, patient_id, started_at);
create index episode_of_care_on_ward on episode_of_care (trust, ward_id) where ended_at is null;

create table ward_stay (
    trust                 varchar(6)               not null,
    id                    uuid                     not null,
    episode_id            uuid                     not null,
    patient_id            uuid                     not null,
    ward_id               uuid                     not null,
    ward_name             varchar(80)              not null,
    from_at               timestamp with time zone not null,
    to_at                 timestamp with time zone,
    responsible_clinician varchar(100)             not null,
    recorded_by           varchar(100)             not null,
    recorded_at           timestamp with time zone not null,
    constraint ward_stay_pk primary key (trust, id),
    constraint ward_stay_episode foreign key (trust, episode_id) references episode_of_care (trust, id),
    constraint ward_stay_ward foreign key (trust, ward_id) references ward (trust, id),
    constraint ward_stay_ends_after_start check (to_at is null or to_at >= from_at)
);
create unique index ward_stay_one_current on ward_stay (trust, episode_id) where to_at is null;
create index ward_stay_episode on ward_stay (trust, episode_id, from_at);

create table leave_of_absence (
    trust       varchar(6)               not null,
    id          uuid                     not null,
    episode_id  uuid                     not null,
    patient_id  uuid                     not null,
    kind        varchar(20)              not null,
    starts_at   timestamp with time zone not null,
    due_back_at timestamp with time zone,
    ended_at    timestamp with time zone,
    recorded_by varchar(100)             not null,
    recorded_at timestamp with time zone not null,
    ended_by    varchar(100),
    constraint leave_of_absence_pk primary key (trust, id),
    constraint leave_of_absence_episode foreign key (trust, episode_id) references episode_of_care (trust, id),
    constraint leave_due_back_after_start check (due_back_at is null or due_back_at > starts_at),
    constraint leave_ends_after_start check (ended_at is null or ended_at >= starts_at)
);
create unique index leave_one_open on leave_of_absence (trust, episode_id) where ended_at is null;
create index leave_of_absence_episode on leave_of_absence (trust, episode_id, starts_at);
