-- The enterprise module's published view contract grows by one column: founded_on (成立日期), which the per-mu
-- evaluation needs for years operating (entry rules by age, the derived UNDER_TWO_YEARS class). Written in the
-- evaluation branch because evaluation is its first reader; it belongs to enterprise like V30. PostgreSQL's
-- "create or replace view" may only append columns, so every V30 column stays as it was, in the same order, and
-- founded_on comes last.
create or replace view enterprise_published_dimensions as
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
       exists (select 1 from enterprise_tag t where t.enterprise_id = e.id and t.tag_code = 'high-tech') as high_tech,
       e.founded_on
from enterprise e
left join enterprise_industry_code c on c.code = e.industry_code;
