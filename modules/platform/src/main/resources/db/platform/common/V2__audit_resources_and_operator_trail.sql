-- Every audit line names the kind of record and which one, not only the patient.
alter table audit_event add column resource_type varchar(40);
alter table audit_event add column resource_id varchar(64);

-- The hosting operator's actions on trusts (suspend, reinstate...): instance lines, not a trust's data;
-- the trust acted on is their subject. Append-only for the application (see PlatformSchema).
create table operator_audit (
    id            uuid         not null primary key,
    at            timestamp with time zone not null,
    actor         varchar(200) not null,
    actor_name    varchar(200),
    subject_trust varchar(6)   not null,
    action        varchar(40)  not null,
    resource_type varchar(40),
    detail        varchar(2000),
    from_address  varchar(100)
);
create index operator_audit_at on operator_audit (at);
create index operator_audit_subject on operator_audit (subject_trust, at);
-- lines about one record (a clinic, an appointment); searches and lists name none, so they stay out of it
create index audit_event_resource on audit_event (trust, resource_id, at) where resource_id is not null;
