-- Staff as the verified token named them when they last signed in to the trust: screens show
-- "Amira Khan (Clinician)" where they would otherwise show a user id. One row per user per trust,
-- since a locum's roles differ between trusts.
create table staff_member (
    trust          varchar(6)   not null,
    user_id        varchar(200) not null,
    name           varchar(200) not null,
    roles          varchar(200) not null,
    last_signed_in timestamp with time zone not null,
    primary key (trust, user_id)
);
