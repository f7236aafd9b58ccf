-- Events as they are held (issue 13, item 5): the kind of each session (only 专题对接 has tables and slots),
-- the hosts (主办) and co-hosts (承办) of an event, and fixed booths: a table of a 专题对接 session reserved for
-- one host bureau or park for the whole session.
alter table event_session add column kind varchar(16) default 'MATCHMAKING' not null;
alter table match_event add column hosts_zh varchar(1000);
alter table match_event add column co_hosts_zh varchar(1000);
alter table meeting_table add column booth_participant_id bigint references participant (id);
create unique index meeting_table_booth_uk on meeting_table (session_id, booth_participant_id);
