-- Observations (vital signs). Never deleted: a wrong figure is marked entered in error. The chart, the table, the
-- latest values and the API all read through (trust, patient_id, kind, taken_at), so each query is bounded by it.
create table observation (
    trust                   varchar(6)               not null,
    id                      uuid                     not null,
    patient_id              uuid                     not null,
    kind                    varchar(30)              not null,
    value                   numeric(7, 2)            not null,
    diastolic               numeric(7, 2),
    taken_at                timestamp with time zone not null,
    set_id                  uuid                     not null,
    derived_from_weight     uuid,
    derived_from_height     uuid,
    recorded_by             varchar(100)             not null,
    recorded_at             timestamp with time zone not null,
    entered_in_error_at     timestamp with time zone,
    entered_in_error_by     varchar(100),
    entered_in_error_reason varchar(200),
    version                 integer                  not null default 0,
    constraint observation_pk primary key (trust, id),
    constraint observation_kind check (kind in ('BODY_WEIGHT', 'BODY_HEIGHT', 'BODY_MASS_INDEX', 'BLOOD_PRESSURE', 'PULSE',
                                                'TEMPERATURE', 'OXYGEN_SATURATION')),
    constraint observation_pressure_order check (diastolic is null or value > diastolic),
    constraint observation_diastolic_only_for_pressure check ((kind = 'BLOOD_PRESSURE') = (diastolic is not null)),
    constraint observation_value_positive check (value > 0),
    constraint observation_error_whole check ((entered_in_error_at is null) = (entered_in_error_by is null))
);

create index observation_patient_kind_taken on observation (trust, patient_id, kind, taken_at desc);
-- the chart and the API's search without a code read every sign of a patient by time
create index observation_patient_taken on observation (trust, patient_id, taken_at desc);
