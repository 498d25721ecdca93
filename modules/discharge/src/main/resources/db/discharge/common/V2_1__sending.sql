-- Sending and tracking: one row per signed summary version on its way to the GP practice (the transactional outbox),
-- written in the signing transaction. Route MESH: the sender claims it, sends it, and the practice's ITK3 answers move
-- its state (queued, sent, delivered, accepted, or failed with the reason). Route MANUAL: no registered GP practice,
-- so staff handle it by hand and record how. Never deleted: it is the record of what was sent, when, and what came back.
create table summary_dispatch (
    trust             varchar(6)               not null,
    id                uuid                     not null,
    summary_id        uuid                     not null,
    summary_version   integer                  not null,
    replaces_version  integer,
    patient_id        uuid                     not null,
    nhs_number        varchar(10),
    gp_practice       varchar(6),
    -- the idempotency key: summary id and version; the message's local id at MESH, so a retry is never a second letter
    dispatch_key      varchar(60)              not null,
    payload           text                     not null,
    route             varchar(6)               not null,
    state             varchar(10)              not null,
    state_since       timestamp with time zone not null,
    reason            varchar(300),
    signed_by         varchar(100)             not null,
    signed_at         timestamp with time zone not null,
    queued_at         timestamp with time zone not null,
    attempts          integer                  not null default 0,
    next_attempt_at   timestamp with time zone,
    last_error        varchar(300),
    mesh_message_id   varchar(100),
    sent_at           timestamp with time zone,
    delivered_at      timestamp with time zone,
    accepted_at       timestamp with time zone,
    failed_at         timestamp with time zone,
    handled_how       varchar(20),
    handled_note      varchar(500),
    handled_by        varchar(100),
    handled_at        timestamp with time zone,
    version           integer                  not null default 0,
    constraint summary_dispatch_pk primary key (trust, id),
    constraint summary_dispatch_one_per_version unique (trust, summary_id, summary_version),
    constraint summary_dispatch_key_unique unique (trust, dispatch_key),
    constraint summary_dispatch_route check (route in ('MESH', 'MANUAL')),
    constraint summary_dispatch_state check (state in ('QUEUED', 'SENT', 'DELIVERED', 'ACCEPTED', 'FAILED')),
    constraint summary_dispatch_gp_for_mesh check ((route = 'MESH') = (gp_practice is not null)),
    constraint summary_dispatch_failed_has_reason check (state <> 'FAILED' or reason is not null),
    constraint summary_dispatch_handled_whole check ((handled_at is null) = (handled_by is null) and (handled_at is null) = (handled_how is null))
);

-- the dashboard: counts and oldest per state in one pass over (trust, state, state_since), and the oldest waiting first
create index summary_dispatch_state_since on summary_dispatch (trust, state, state_since);
-- the sender: the due rows of a trust, oldest first (only rows still to send are in it)
create index summary_dispatch_due on summary_dispatch (trust, next_attempt_at) where state = 'QUEUED' and route = 'MESH';
-- a patient's summaries and their states
create index summary_dispatch_patient on summary_dispatch (trust, patient_id, signed_at desc);
