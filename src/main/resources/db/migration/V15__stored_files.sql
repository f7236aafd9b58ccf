-- Files behind one interface (issue 14, item 2): evidence files and import error reports move out of their rows into
-- the platform's file store. Its default place is this table; with chainatlas.files.store=s3 new files go to an
-- S3-compatible bucket instead. A row keeps the file's key, whose prefix says where the file is (db: or s3:).
create table stored_file (
    file_key   varchar(120) not null primary key,
    area       varchar(40)  not null,
    size_bytes bigint       not null,
    content    bytea        not null,
    created_at timestamp with time zone not null
);

alter table project_evidence add column file_key varchar(120);
insert into stored_file (file_key, area, size_bytes, content, created_at)
    select 'db:evidence/' || cast(id as varchar(20)), 'evidence', size_bytes, content, uploaded_at from project_evidence;
update project_evidence set file_key = 'db:evidence/' || cast(id as varchar(20));
alter table project_evidence alter column file_key set not null;
alter table project_evidence drop column content;

alter table import_job add column error_file_key varchar(120);
insert into stored_file (file_key, area, size_bytes, content, created_at)
    select 'db:import-errors/' || cast(id as varchar(20)), 'import-errors', octet_length(error_file), error_file,
           coalesce(finished_at, created_at)
    from import_job where error_file is not null;
update import_job set error_file_key = 'db:import-errors/' || cast(id as varchar(20)) where error_file is not null;
alter table import_job drop column error_file;
