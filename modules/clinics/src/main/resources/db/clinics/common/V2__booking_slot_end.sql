-- A booking keeps its slot's end as well as its start, so appointments list without reading their slots.
alter table booking add column slot_ends_at timestamp;
