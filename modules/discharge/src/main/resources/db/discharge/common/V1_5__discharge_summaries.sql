-- Discharge summaries (part 2 and 3 of issue 10). Trust tables: the trust first in every primary key, foreign keys
-- include it; row-level security and grants come from the platform (TrustTables), exceptions in DischargeSchema.

-- The summary of one episode of care: drafted from the record at discharge, edited (each save a revision, made against
-- the revision the writer last saw), signed. content is the headings as JSON (heading code -> text): the draft, or the
-- last signed text while no correction is open. signed_version counts the signed versions.
create table discharge_summary (
    trust                 varchar(6)   not null,
    id                    uuid         not null,
    patient_id            uuid         not null,
    episode_id            uuid         not null,
    inpatient             boolean      not null,
    place                 varchar(200) not null,
    episode_started       timestamp with time zone not null,
    episode_ended         timestamp with time zone not null,
    responsible_clinician varchar(200) not null,
    state                 varchar(20)  not null,
    state_since           timestamp with time zone not null,
    revision              integer      not null,
    content               text         not null,
    signed_version        integer      not null,
    drafted_at            timestamp with time zone not null,
    last_saved_by         varchar(200) not null,
    last_saved_at         timestamp with time zone not null,
    primary key (trust, id),
    constraint discharge_summary_episode_unique unique (trust, episode_id),
    check (state in ('DRAFTED', 'AWAITING_SIGNATURE', 'SIGNED')),
    check (revision > 0),
    check (signed_version >= 0),
    check (state <> 'SIGNED' or signed_version > 0),
    check (episode_ended >= episode_started),
    check (length(content) <= 400000)
);
create index discharge_summary_patient on discharge_summary (trust, patient_id, episode_ended desc);
-- the unsigned ones, for the dashboard and "awaiting my signature"
create index discharge_summary_unsigned on discharge_summary (trust, state_since) where state <> 'SIGNED';

-- Signed versions, never changed (insert-only grant): 1 is the first signature, each later one a correction replacing
-- the one before it. document is the FHIR document Bundle as signed and sent.
create table discharge_summary_version (
    trust             varchar(6)   not null,
    id                uuid         not null,
    summary_id        uuid         not null,
    number            integer      not null,
    replaces_version  integer,
    revision          integer      not null,
    content           text         not null,
    document          text         not null,
    bundle_id         uuid         not null,
    signed_by         varchar(200) not null,
    signed_at         timestamp with time zone not null,
    primary key (trust, id),
    constraint discharge_summary_version_number_unique unique (trust, summary_id, number),
    constraint discharge_summary_version_bundle_unique unique (trust, bundle_id),
    foreign key (trust, summary_id) references discharge_summary (trust, id),
    check (number > 0),
    check ((number = 1) = (replaces_version is null)),
    check (replaces_version is null or replaces_version = number - 1)
);

-- One row per save under the id its client chose (insert-only): a save sent again gets the same answer.
create table discharge_summary_save (
    trust       varchar(6)   not null,
    save_id     uuid         not null,
    summary_id  uuid         not null,
    revision    integer      not null,
    saved_by    varchar(200) not null,
    saved_at    timestamp with time zone not null,
    primary key (trust, save_id),
    constraint discharge_summary_save_revision_unique unique (trust, summary_id, revision),
    foreign key (trust, summary_id) references discharge_summary (trust, id)
);
