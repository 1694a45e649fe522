-- Materialised rollups of the monthly reports: per zone, month, service grid and slice (zone, cluster, industry
-- section, division, park, grid), the additive parts of every cockpit figure — totals, the like-for-like
-- (同口径) pairs, counts above 1 亿元, growing / shrinking, growth buckets, single-month output. A zone's figures are
-- the sum over its grids; a grid officer's are one grid's rows. Reading ~300 rows instead of joining ~10,000 firms
-- with their reports a year earlier is what brings the cockpit under 100 ms at 10,000 firms (docs/performance.md).
create table indicators_rollup (
    zone_id     bigint      not null,
    period      date        not null,
    grid_id     bigint,
    dimension   varchar(10) not null,
    key         varchar(40),
    n int not null, cm int not null,
    g numeric, gc numeric, gp numeric,
    va numeric, vac numeric, vap numeric,
    ht numeric, htc numeric, htp numeric,
    rev numeric, revc numeric, revp numeric,
    pr numeric, prc numeric, prp numeric,
    tx numeric, txc numeric, txp numeric,
    ex numeric, exc numeric, exp numeric,
    so numeric,
    n100 int not null, g100 numeric,
    up int not null, down int not null,
    g_single numeric,
    b0 int not null, b1 int not null, b2 int not null, b3 int not null, b4 int not null, b5 int not null,
    bnew int not null
);
create index indicators_rollup_zone_period on indicators_rollup (zone_id, period, dimension);

-- Alert candidates found while refreshing: falls beyond 5% and energy jumps beyond 30% (the configured thresholds
-- filter further), and firms that reported the month before but not this month.
create table indicators_rollup_alert (
    zone_id        bigint      not null,
    period         date        not null,
    enterprise_id  bigint      not null,
    kind           varchar(20) not null,
    value          double precision
);
create index indicators_rollup_alert_zone_period on indicators_rollup_alert (zone_id, period, kind, value);

-- Months whose rollups are out of date. Filled by triggers, so every way a report arrives (form, import, API,
-- demo, a correction) marks what it changes: its own month, the next month (whose single-month values and "stopped
-- reporting" depend on it) and the same month next year (which compares with it). Read paths refresh dirty months
-- before they answer.
create table indicators_rollup_dirty (
    zone_id  bigint not null,
    period   date   not null,
    primary key (zone_id, period)
);

create function indicators_rollup_mark_dirty() returns trigger language plpgsql as $$
begin
    insert into indicators_rollup_dirty (zone_id, period)
    select distinct c.zone_id, v.p
    from (select distinct zone_id, period from changed) c,
         lateral (values (c.period), (cast(c.period + interval '1 month' as date)),
                         (cast(c.period + interval '1 year' as date))) as v(p)
    on conflict do nothing;
    return null;
end
$$;

create trigger indicators_rollup_dirty_insert after insert on indicators_monthly_report
    referencing new table as changed for each statement execute function indicators_rollup_mark_dirty();
create trigger indicators_rollup_dirty_update after update on indicators_monthly_report
    referencing new table as changed for each statement execute function indicators_rollup_mark_dirty();
create trigger indicators_rollup_dirty_delete after delete on indicators_monthly_report
    referencing old table as changed for each statement execute function indicators_rollup_mark_dirty();

-- The top of a month's ranking without sorting the month: top-N and "above 1 亿元" lists walk this index.
create index indicators_monthly_report_zone_period_output
    on indicators_monthly_report (zone_id, period, gross_output_yuan desc) where current;
