-- Which server runs a long job (a trust's export, import or erasure) now. A server takes the job's lease before it
-- runs it and renews it while it runs, so two servers never run one job; a lease its server stopped renewing (the
-- server died) runs out, and a server that starts then takes the job over from its checkpoint. Instance metadata, no
-- trust column and no patient data (grants in PlatformSchema).
create table job_lease (
    job    uuid         primary key,
    holder varchar(200) not null,
    until  timestamp with time zone not null
);
