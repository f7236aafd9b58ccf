-- Trust: credentials that can be ended, one live reset link per user, guarded lifecycles.

-- Raised whenever a user's credentials stop being good (disabled, rejected, password changed or reset):
-- a session signed in under an older version is ended at its next request.
alter table app_user add column credentials_version integer not null default 0;

-- Each lifecycle's states, as the aggregates know them: a write of any other value is refused by the database too.
alter table project add constraint project_stage_ck check (stage in ('LEAD', 'NEGOTIATING', 'SIGNED', 'LAND_SECURED',
    'CONSTRUCTION_STARTED', 'PRODUCING', 'FULL_CAPACITY', 'CANCELLED'));
alter table project add constraint project_amounts_ck check (contracted_amount_cny >= 0 and funds_in_place_cny >= 0);
alter table service_ticket add constraint service_ticket_status_ck check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'));
alter table service_ticket add constraint service_ticket_level_ck check (ticket_level between 1 and 3);
alter table match_event add constraint match_event_status_ck check (status in ('DRAFT', 'OPEN', 'CLOSED', 'FINISHED'));
alter table participant add constraint participant_status_ck check (status in ('INVITED', 'PENDING', 'APPROVED', 'REJECTED'));
alter table meeting_request add constraint meeting_request_status_ck check (status in ('PENDING', 'ACCEPTED', 'DECLINED',
    'EXPIRED', 'CANCELLED'));
alter table meeting_request add constraint meeting_request_parties_ck check (requester_id <> partner_id);
alter table schedule_run add constraint schedule_run_status_ck check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'));
alter table import_job add constraint import_job_status_ck check (status in ('QUEUED', 'CHECKING', 'STORING', 'DONE', 'FAILED'));
alter table enterprise_registration add constraint enterprise_registration_status_ck check (status in ('PENDING', 'VERIFIED',
    'REJECTED'));
