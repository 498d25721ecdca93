-- Search by the start of a given name alone: upper(given_name) like 'PREFIX%' as an index range scan.
create index patient_given_name on patient (trust, upper(given_name) varchar_pattern_ops);
