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
-- Plan each search with its own values, so a family-name prefix always uses the index.
ALTER ROLE epr_app SET plan_cache_mode = force_custom_plan;
