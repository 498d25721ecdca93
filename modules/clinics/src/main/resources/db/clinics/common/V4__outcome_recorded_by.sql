-- Who recorded an appointment's outcome: a "did not attend" recorded in error may be undone, on the same day, only
-- by the clinician who recorded it. Outcomes recorded before this column stay without one (and cannot be undone).
alter table booking add column outcome_by varchar(200);
