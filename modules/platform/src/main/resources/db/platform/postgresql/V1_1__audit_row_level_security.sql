-- Second lock: the application role sees and writes only the rows of the trust bound to its
-- transaction (set_config('epr.trust', ..., true)). An unset setting reads as NULL on a fresh
-- connection and '' on a reused one; neither equals a trust, so both fail closed.
alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_trust on audit_event
    using (trust = current_setting('epr.trust', true))
    with check (trust = current_setting('epr.trust', true));

-- Append-only for the application: no update, no delete.
grant select, insert on audit_event to ${appRole};
grant select, insert, update on trust to ${appRole};
