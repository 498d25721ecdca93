-- Byte-order collation so a family-name prefix search is an index range scan.
alter table patient alter column search_name type varchar(100) collate "C";
