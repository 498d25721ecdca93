-- The development and CI database's two roles (./epr runs this as the PostgreSQL superuser: through psql on a
-- system PostgreSQL, over JDBC from EmbeddedDatabase.java on the embedded one). Safe to run again.
-- The owner runs migrations; the application role owns nothing, so row-level security binds it.
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'epr_owner') THEN
    CREATE ROLE epr_owner LOGIN PASSWORD 'epr_owner' NOSUPERUSER NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'epr_app') THEN
    CREATE ROLE epr_app LOGIN PASSWORD 'epr_app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
-- Prepared statements keep their generic plans (the family-name search is a range, which a generic plan serves
-- from the index); an older setup forced a new plan on every execution, which cost CPU on every request.
ALTER ROLE epr_app RESET plan_cache_mode;
