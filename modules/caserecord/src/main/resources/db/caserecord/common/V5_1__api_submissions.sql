-- A client's id for one create through the API (POST Condition, POST Flag: identifier
-- https://openepr.org/fhir/Id/submission), so the same create sent again (a lost answer, a retry) records nothing new.
-- Screens record without one (null: never equal to another). Written to run again harmlessly.
alter table problem add column if not exists submission_id uuid;
alter table risk_alert add column if not exists submission_id uuid;
create unique index if not exists problem_submission_unique on problem (trust, submission_id);
create unique index if not exists risk_alert_submission_unique on risk_alert (trust, submission_id);
