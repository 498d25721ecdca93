-- Offboarding, the rest of the clean-up (docs/offboarding.md): the trust's Keycloak group and accounts, and its files on
-- disk. Instance metadata only, no patient data and no `trust` column, like trust_erasure (grants in PlatformSchema).

-- The Keycloak clean-up has a state of its own: the erasure of the rows never waits for Keycloak.
alter table trust_erasure add column keycloak_state    varchar(12) not null default 'PENDING'; -- PENDING, WAITING, DONE
alter table trust_erasure add column keycloak_planned  boolean     not null default false;     -- the accounts below are listed
alter table trust_erasure add column keycloak_attempts integer     not null default 0;
alter table trust_erasure add column keycloak_at       timestamp with time zone;               -- the last attempt
alter table trust_erasure add column keycloak_outcome  varchar(2000);                          -- what was done, or why it waits
-- The trust's export files and unpacked imports deleted from disk (added up: a deletion resumed counts what it finds).
alter table trust_erasure add column files_deleted     bigint      not null default 0;
alter table trust_erasure add column bytes_deleted     bigint      not null default 0;

-- Every account of the trust's group, listed once before anything is changed in Keycloak, so an attempt cut short by
-- Keycloak is finished by the next one and the certificate names every account (a locum who already left the group is
-- no longer among its members). DISABLE: in no other trust; LEAVE_GROUP: a locum, who keeps their other trusts.
create table trust_erasure_account (
    erasure_id    uuid          not null references trust_erasure (id),
    user_id       varchar(64)   not null,
    username      varchar(255)  not null,
    action        varchar(12)   not null,
    other_trusts  varchar(1000) not null default '',
    done          boolean       not null default false,
    primary key (erasure_id, user_id)
);
