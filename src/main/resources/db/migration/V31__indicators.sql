-- indicators: what enterprises report, as the statistics bureau's industrial forms ask for it.
-- Monthly values are YEAR-TO-DATE CUMULATIVE (1–N月累计), as reported; single-month values are derived.
-- Nothing is overwritten: a correction adds a new row and marks the previous one replaced, so history stays.

create table indicators_monthly_report (
    id                        bigint generated always as identity primary key,
    enterprise_id             bigint        not null,
    zone_id                   bigint        not null,
    period                    date          not null check (extract(day from period) = 1),
    gross_output_yuan         numeric(18,2) not null check (gross_output_yuan >= 0),  -- 工业总产值
    sales_output_yuan         numeric(18,2) check (sales_output_yuan >= 0),           -- 销售产值
    export_delivery_yuan      numeric(18,2) check (export_delivery_yuan >= 0),        -- 出口交货值
    revenue_yuan              numeric(18,2) check (revenue_yuan >= 0),                -- 营业收入
    total_profit_yuan         numeric(18,2),                                          -- 利润总额 (a loss is negative)
    taxes_yuan                numeric(18,2) check (taxes_yuan >= 0),                  -- 税金总额
    value_added_yuan          numeric(18,2),                                          -- 工业增加值
    high_tech_output_yuan     numeric(18,2) check (high_tech_output_yuan >= 0),       -- 高新技术产业产值
    new_product_output_yuan   numeric(18,2) check (new_product_output_yuan >= 0),     -- 新产品产值
    rd_expense_yuan           numeric(18,2) check (rd_expense_yuan >= 0),             -- 研发费用
    electricity_kwh           numeric(18,2) check (electricity_kwh >= 0),             -- 用电量
    energy_tce                numeric(16,3) check (energy_tce >= 0),                  -- 综合能耗, tonnes of standard coal
    employees                 integer       check (employees >= 0),                   -- 从业人员平均人数
    -- why a value outside the plausible range (e.g. ±50% on last year's same month) is nevertheless right
    jump_reason               varchar(500),
    source                    varchar(10)   not null check (source in ('FORM', 'IMPORT', 'API', 'DEMO')),
    reported_by               varchar(80)   not null,
    reported_at               timestamptz   not null default now(),
    current                   boolean       not null default true,
    replaced_at               timestamptz
);
-- one current report per enterprise and month; replaced ones stay as history
create unique index indicators_monthly_report_current
    on indicators_monthly_report (enterprise_id, period) where current;
-- rollups read one period of one zone
create index indicators_monthly_report_zone_period
    on indicators_monthly_report (zone_id, period) where current;

-- Annual figures for the per-mu evaluation (亩均论英雄), per enterprise and year.
create table indicators_annual_figure (
    id                        bigint generated always as identity primary key,
    enterprise_id             bigint        not null,
    zone_id                   bigint        not null,
    year                      smallint      not null check (year between 2000 and 2100),
    taxes_paid_yuan           numeric(18,2) check (taxes_paid_yuan >= 0),       -- 实缴税金
    value_added_yuan          numeric(18,2),                                    -- 工业增加值
    revenue_yuan              numeric(18,2) check (revenue_yuan >= 0),          -- 营业收入
    energy_tce                numeric(16,3) check (energy_tce >= 0),            -- 综合能耗
    cod_t                     numeric(14,4) check (cod_t >= 0),                 -- 化学需氧量排放
    ammonia_nitrogen_t        numeric(14,4) check (ammonia_nitrogen_t >= 0),    -- 氨氮排放
    so2_t                     numeric(14,4) check (so2_t >= 0),                 -- 二氧化硫排放
    nox_t                     numeric(14,4) check (nox_t >= 0),                 -- 氮氧化物排放
    rd_expense_yuan           numeric(18,2) check (rd_expense_yuan >= 0),       -- 研发费用
    employees                 integer       check (employees >= 0),             -- 年平均职工人数
    land_used_mu              numeric(12,2) check (land_used_mu >= 0),          -- 用地面积
    jump_reason               varchar(500),
    source                    varchar(10)   not null check (source in ('FORM', 'IMPORT', 'API', 'DEMO')),
    reported_by               varchar(80)   not null,
    reported_at               timestamptz   not null default now(),
    current                   boolean       not null default true,
    replaced_at               timestamptz
);
create unique index indicators_annual_figure_current on indicators_annual_figure (enterprise_id, year) where current;
create index indicators_annual_figure_zone_year on indicators_annual_figure (zone_id, year) where current;

-- Annual targets for the zone (cluster_code null) or one cluster: an amount, a growth rate, or both.
create table indicators_target (
    id             bigint generated always as identity primary key,
    zone_id        bigint        not null,
    year           smallint      not null,
    indicator      varchar(40)   not null,
    cluster_code   varchar(40),
    target_value   numeric(18,2),
    target_growth  numeric(8,4),
    version        int           not null default 0,
    check (target_value is not null or target_growth is not null)
);
create unique index indicators_target_scope on indicators_target (zone_id, year, indicator, coalesce(cluster_code, ''));

-- Reminders sent to enterprises that have not reported a month (漏报).
create table indicators_reminder (
    id             bigint generated always as identity primary key,
    zone_id        bigint        not null,
    enterprise_id  bigint        not null,
    period         date          not null,
    reminded_by    varchar(80)   not null,
    reminded_at    timestamptz   not null default now()
);
create index indicators_reminder_enterprise on indicators_reminder (enterprise_id, period);
