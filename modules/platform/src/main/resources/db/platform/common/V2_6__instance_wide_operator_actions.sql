-- An operator's action on the instance as a whole (e.g. loading a medicines knowledge base release) concerns no trust.
alter table operator_audit alter column subject_trust drop not null;
