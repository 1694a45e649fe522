-- enterprise publishes this read-only view for other modules' rollups and joins (indicators, evaluation,
-- cockpit). The enterprise tables stay private to the module; the view's columns are a contract: add columns,
-- never rename or drop them without a new view.
create view enterprise_published_dimensions as
select e.id                            as enterprise_id,
       e.zone_id,
       e.uscc,
       e.name,
       e.grid_id,
       e.cluster_code,
       e.industry_code,
       c.section                       as industry_section,
       substr(e.industry_code, 1, 2)   as industry_division,
       e.park_code,
       e.above_scale,
       e.own_land_mu,
       e.leased_area_mu,
       exists (select 1 from enterprise_tag t where t.enterprise_id = e.id and t.tag_code = 'high-tech') as high_tech
from enterprise e
left join enterprise_industry_code c on c.code = e.industry_code;
