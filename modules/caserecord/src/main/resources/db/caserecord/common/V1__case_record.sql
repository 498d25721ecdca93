-- The case record's tables come in parts, each in its own range of versions so that parts built side by side
-- never collide: notes V1_1.., problems/alerts and risks/legal status/care team V2_x, observations V3_x,
-- the case record summary V4_x. Row-level security and grants: the platform (TrustTables), not these scripts.
SELECT 1;
