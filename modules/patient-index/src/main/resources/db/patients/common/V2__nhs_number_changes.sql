-- A patient's NHS number is changed by its own confirmed action; the number it replaced is kept here, with why,
-- when and by whom. Never updated or deleted by the application (see PatientIndexSchema).
create table nhs_number_change (
    trust       varchar(6)   not null,
    id          uuid         not null,
    patient_id  uuid         not null,
    old_number  char(10)     not null,
    new_number  char(10)     not null,
    reason      varchar(500) not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(200) not null,
    primary key (trust, id),
    foreign key (trust, patient_id) references patient (trust, id)
);
create index nhs_number_change_patient on nhs_number_change (trust, patient_id, changed_at);
