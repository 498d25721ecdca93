-- The only path by which a trust's rows are ever deleted (docs/offboarding.md). The application role keeps no DELETE
-- grant on any trust table; it may only call these two functions, which run as the schema owner and refuse unless the
-- trust is OFFBOARDED, not under legal hold, and has a RUNNING erasure. The table must be one of this schema's tables
-- with a trust column (as TrustTables finds them), so a later module's tables are covered without an edit here.

create function erasure_check(p_trust varchar, p_table varchar, p_limit integer) returns void
language plpgsql security definer set search_path from current as $$
begin
    if not exists (select 1 from trust t join trust_erasure e on e.subject_trust = t.ods_code
                    where t.ods_code = p_trust and t.status = 'OFFBOARDED' and not t.legal_hold and e.state = 'RUNNING') then
        raise exception 'Trust % is not being erased (not offboarded, under legal hold, or no erasure running)', p_trust;
    end if;
    if not exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     join pg_attribute a on a.attrelid = c.oid and a.attname = 'trust' and not a.attisdropped
                    where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname = p_table) then
        raise exception 'Table % is not a trust table', p_table;
    end if;
    if p_limit < 1 or p_limit > 10000 then
        raise exception 'An erasure batch is 1 to 10000 rows, not %', p_limit;
    end if;
end $$;

-- Deletes at most p_limit rows of the trust from the table; returns how many.
create function erase_trust_rows(p_trust varchar, p_table varchar, p_limit integer) returns integer
language plpgsql security definer set search_path from current as $$
declare
    erased integer;
begin
    perform erasure_check(p_trust, p_table, p_limit);
    perform set_config('epr.trust', p_trust, true); -- the forced policy binds the owner too
    execute format('delete from %I where trust = $1 and (tableoid, ctid) in (select tableoid, ctid from %I where trust = $1 limit $2)',
                   p_table, p_table) using p_trust, p_limit;
    get diagnostics erased = row_count;
    return erased;
end $$;

-- The trust's rows in the table, for the certificate's counts before and after.
create function count_trust_rows(p_trust varchar, p_table varchar) returns bigint
language plpgsql security definer set search_path from current as $$
declare
    n bigint;
begin
    perform erasure_check(p_trust, p_table, 1);
    perform set_config('epr.trust', p_trust, true);
    execute format('select count(*) from %I where trust = $1', p_table) using p_trust into n;
    return n;
end $$;

revoke all on function erasure_check(varchar, varchar, integer) from public;
revoke all on function erase_trust_rows(varchar, varchar, integer) from public;
revoke all on function count_trust_rows(varchar, varchar) from public;
grant execute on function erase_trust_rows(varchar, varchar, integer) to ${appRole};
grant execute on function count_trust_rows(varchar, varchar) to ${appRole};
