-- Several nodes on one database (issue 14).
-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1): a publication per
-- cross-module listener (@ApplicationModuleListener) is written in the publishing transaction and completed when the
-- listener has run; incomplete ones are resubmitted at start and listed for administrators.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(20000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Spring Session JDBC (spring-session-jdbc 4.1 schema): HTTP sessions shared by every node.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);
create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- ShedLock: a scheduled sweep (request expiry, ticket escalation) runs on one node at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
