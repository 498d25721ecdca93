-- Discharge's history starts here. Tables come in numbered parts so parts built side by side never collide:
-- episodes of care and discharge summaries V1_1 to V1_9, sending and tracking V2_1 to V2_9.
select 1;
