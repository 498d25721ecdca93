-- A patient's referrals, for the modules that read them through the clinics api (discharge accepts one into an
-- episode of care): by patient, oldest first.
create index referral_patient on referral (trust, patient_id, referral_date);
