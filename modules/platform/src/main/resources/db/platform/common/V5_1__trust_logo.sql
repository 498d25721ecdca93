-- A trust's logo, shown in the header of its users' pages (issue 11 item 2). One row per trust and kind ('header'),
-- kept when removed (the image emptied: the application role has no DELETE on any trust table); erased with the trust
-- at offboarding like every table with a trust column. Row-level security and grants come from TrustTables.
create table trust_logo (
    trust      varchar(6)   not null,
    kind       varchar(20)  not null,
    media_type varchar(40),
    image      bytea,
    sha256     varchar(64),
    version    integer      not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(200) not null,
    primary key (trust, kind),
    constraint trust_logo_image_whole check ((image is null) = (media_type is null) and (image is null) = (sha256 is null)),
    constraint trust_logo_size check (image is null or octet_length(image) <= 204800)
);

-- The logo's fingerprint on the trust's registry row, so the header knows whether there is a logo (and its URL's
-- version) from the registry's cache, without reading the image on every page.
alter table trust add column logo_sha256 varchar(64);
