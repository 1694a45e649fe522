-- Indexes for the registry list over a large zone, found with bench/list-api.sh and EXPLAIN ANALYZE
-- (docs/performance.md). Every list query filters by zone first, so every index leads with zone_id.

-- park= had no index: count(*) and the page were sequential scans of the whole table.
create index enterprise_zone_park on enterprise (zone_id, park_code);

-- aboveScale= (规上 / 规下) is the commonest filter; this makes its count an index-only scan.
create index enterprise_zone_above_scale on enterprise (zone_id, above_scale);

-- Sorts in the direction officials use them (largest land holders, largest capital, oldest / newest firms):
-- the page then reads the first rows of an index instead of sorting the zone. The expression and the
-- "desc nulls last" must match EnterpriseFilter.Sort and the repository's ORDER BY exactly to be used.
create index enterprise_zone_land_desc on enterprise (zone_id, (own_land_mu + leased_area_mu) desc nulls last);
create index enterprise_zone_capital_desc on enterprise (zone_id, registered_capital_yuan desc nulls last);
create index enterprise_zone_founded on enterprise (zone_id, founded_on);
create index enterprise_zone_founded_desc on enterprise (zone_id, founded_on desc nulls last);
