-- The patient index. The trust is the first column of the key so the table can later be
-- distributed by trust (Citus); an NHS number is unique within a trust, not across trusts.
create table patient (
    trust          varchar(6)   not null,
    id             uuid         not null,
    nhs_number     char(10)     not null,
    family_name    varchar(100) not null,
    given_name     varchar(100) not null,
    search_name    varchar(100) not null,
    birth_date     date         not null,
    gender         varchar(10)  not null,
    address_line1  varchar(150) not null,
    address_line2  varchar(150),
    town           varchar(150) not null,
    postcode       varchar(8)   not null,
    gp_practice    varchar(6)   not null,
    registered_at  timestamp with time zone not null,
    registered_by  varchar(200) not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(200) not null,
    version        integer      not null,
    primary key (trust, id),
    constraint patient_nhs_number_unique_in_trust unique (trust, nhs_number)
);
create index patient_search_name on patient (trust, search_name, birth_date);
create index patient_birth_date on patient (trust, birth_date);
