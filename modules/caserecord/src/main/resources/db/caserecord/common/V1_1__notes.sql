-- Clinical notes. Trust tables: the trust first in every primary key, foreign keys include it; row-level security
-- and grants come from the platform (TrustTables), declared exceptions in CaseRecordSchema.

-- The kinds of note a trust writes ("Progress note", "Assessment", "Letter"...). Retired, never deleted: old notes keep theirs.
create table note_type (
    trust     varchar(6)   not null,
    id        uuid         not null,
    name      varchar(80)  not null,
    position  integer      not null,
    retired   boolean      not null,
    version   integer      not null,
    primary key (trust, id),
    constraint note_type_name_unique unique (trust, name)
);

-- A note: a draft (its text saved again and again, each save one revision) until its author validates it; then
-- immutable, corrected only by amendments (note_version). revision counts every change the note has had: a save
-- carries the revision it was based on and is refused if the note has moved on.
create table clinical_note (
    trust           varchar(6)   not null,
    id              uuid         not null,
    patient_id      uuid         not null,
    note_type_id    uuid         not null,
    status          varchar(20)  not null,
    revision        integer      not null,
    draft_text      text,
    author          varchar(200) not null,
    created_at      timestamp with time zone not null,
    last_saved_by   varchar(200) not null,
    last_saved_at   timestamp with time zone not null,
    validated_at    timestamp with time zone,
    primary key (trust, id),
    foreign key (trust, note_type_id) references note_type (trust, id),
    check (status in ('DRAFT', 'VALIDATED')),
    check ((status = 'DRAFT') = (draft_text is not null)),
    check (revision > 0),
    check (draft_text is null or length(draft_text) <= 100000)
);
create index clinical_note_patient on clinical_note (trust, patient_id, last_saved_at desc);

-- The validated versions of a note: number 1 is the text its author signed, each later one an amendment with its
-- reason; revision is the note's revision it made (its FHIR versionId). Never updated: every version stays readable.
create table note_version (
    trust       varchar(6)   not null,
    id          uuid         not null,
    note_id     uuid         not null,
    number      integer      not null,
    revision    integer      not null,
    text        text         not null,
    reason      varchar(500),
    signed_by   varchar(200) not null,
    signed_at   timestamp with time zone not null,
    primary key (trust, id),
    constraint note_version_number_unique unique (trust, note_id, number),
    foreign key (trust, note_id) references clinical_note (trust, id),
    check (number > 0),
    check ((number = 1) = (reason is null)),
    check (length(text) <= 100000)
);

-- Every save of a note (draft saves, validation, amendments), by the id the client chose for it: a save sent again
-- (a retry after a lost answer or a restart) finds its row and gets the same answer, never a second change.
create table draft_save (
    trust      varchar(6)   not null,
    save_id    uuid         not null,
    note_id    uuid         not null,
    revision   integer      not null,
    saved_by   varchar(200) not null,
    saved_at   timestamp with time zone not null,
    primary key (trust, save_id),
    foreign key (trust, note_id) references clinical_note (trust, id),
    constraint draft_save_revision_unique unique (trust, note_id, revision)
);
