-- Care team: who looks after a patient in each service, in what role, from when to when; one lead professional
-- (care coordinator) per service at a time. Memberships are ended, never deleted.
create table care_team_member (
    trust         varchar(6)               not null,
    id            uuid                     not null,
    patient_id    uuid                     not null,
    service       varchar(80)              not null,
    service_key   varchar(80)              not null,
    staff_user_id varchar(100)             not null,
    role          varchar(40)              not null,
    lead          boolean                  not null,
    start_date    date                     not null,
    end_date      date,
    added_by      varchar(100)             not null,
    added_at      timestamp with time zone not null,
    ended_by      varchar(100),
    ended_at      timestamp with time zone,
    version       integer                  not null default 0,
    constraint care_team_member_pk primary key (trust, id),
    constraint care_team_member_dates check (end_date is null or end_date >= start_date)
);

-- the second line behind CareTeam's rule: two open-ended leads for one service cannot both be stored
create unique index care_team_one_open_lead on care_team_member (trust, patient_id, service_key) where lead and end_date is null;
create index care_team_member_patient on care_team_member (trust, patient_id);
-- "my caseload": a clinician's memberships by date
create index care_team_member_staff on care_team_member (trust, staff_user_id, start_date);
