-- Where an enterprise produces, for search by place: the regions of its plants (';'-separated codes), kept on the row
-- beside its seat like its segment text, so that a search for 宜宾 (or the region filter) finds the enterprises producing
-- there — 宁德时代's largest battery base — and not only those seated there.
alter table enterprise add column plant_regions varchar(2000);
update enterprise set plant_regions = (select string_agg(f.region_code, ';' order by f.id) from enterprise_facility f
                                       where f.enterprise_id = enterprise.id);
