-- Rate limits shared by every node (issue 14, item 2): the token buckets of Bucket4j's PostgreSQL proxy manager
-- (select-for-update variant), one row per rule and key, e.g. 'sign-in:203.0.113.7'. expires_at (epoch ms) is when a
-- bucket would be full again; rows past it are deleted by a sweep, which can only make a limit more lenient.
create table rate_limit_bucket (
    id         varchar(255) not null primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
