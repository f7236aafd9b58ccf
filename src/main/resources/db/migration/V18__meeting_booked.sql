-- A meeting its participants booked into a slot themselves (accepting a request with a time): a commitment the schedule
-- optimiser keeps, as it keeps a published seat. Meetings stored before are taken as not booked.
alter table meeting add column booked boolean default false not null;
