-- Every outcome ends in a next step someone owns: discharged, discharged back to the referrer (after a DNA), or on
-- the waiting list for a follow-up or another appointment (with the date it is due and the booking it came from).
alter table booking alter column next_step type varchar(24);

alter table referral add column kind varchar(20) not null default 'FIRST';
alter table referral add column due_date date;
alter table referral add column appointment_type varchar(10) not null default 'NEW';
alter table referral add column from_booking uuid;
create index referral_from_booking on referral (trust, from_booking);

-- A trust's decisions for its clinics, one row a decision; the first: what follows a DNA (dna_next_step =
-- OFFER_ANOTHER or DISCHARGE_TO_REFERRER). Without a row, another appointment is offered.
create table clinic_setting (
    trust   varchar(6)   not null,
    name    varchar(40)  not null,
    value   varchar(200) not null,
    version integer      not null,
    primary key (trust, name)
);
