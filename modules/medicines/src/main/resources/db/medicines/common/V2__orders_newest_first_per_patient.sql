-- The case record summary reads a patient's newest current orders (CurrentMedicines: order by awaiting_since desc,
-- id, limit 21). With this index the read stops after those rows however many orders the patient has had (a
-- 300-order record read all 300 and sorted them: 1.5 ms, growing with the record).
create index medication_order_patient_newest on medication_order (trust, patient_id, awaiting_since desc, id);
