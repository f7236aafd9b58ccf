-- Where a project's enterprise comes from (企业来源地): its registered seat when the project was entered, for the
-- origin → host flows of the overview. Filled for the projects there are from their enterprise's seat today.
alter table project add column origin_region_code varchar(6) references region (code);
update project set origin_region_code = (select e.hq_region_code from enterprise e where e.id = project.enterprise_id);
create index project_origin_idx on project (origin_region_code);

-- A plant removed from an enterprise checks that no segment still names it: without this index every removal read
-- the whole enterprise_segment table (found when the load-test data of 1.2M plants was cleared: it never finished).
create index enterprise_segment_facility_idx on enterprise_segment (facility_id);
