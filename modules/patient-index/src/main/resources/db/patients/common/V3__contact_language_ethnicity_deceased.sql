-- Issue 7: registration records how to reach the patient and who to tell, the language they prefer and whether they need
-- an interpreter, their ethnic category (NHS Data Dictionary code, Z = not stated), a date of death, and "no registered
-- GP" (homeless people, new arrivals) as a recorded fact: gp_practice null means none.
alter table patient alter column gp_practice drop not null;
alter table patient add column phone varchar(30);
alter table patient add column email varchar(254);
alter table patient add column next_of_kin_name varchar(100);
alter table patient add column next_of_kin_relationship varchar(50);
alter table patient add column next_of_kin_phone varchar(30);
alter table patient add column preferred_language varchar(8);
alter table patient add column interpreter_required boolean default false not null;
alter table patient add column ethnic_category char(1);
alter table patient add column deceased_date date;
-- search by postcode alone
create index patient_postcode on patient (trust, postcode);
