-- ---------------------------------------------------------------------------------------------------------------
-- evaluation: the measures that follow a grade (差别化政策), as effective-dated data per zone, and the D-class
-- remediation cases (整治提升).
-- ---------------------------------------------------------------------------------------------------------------
create table evaluation_policy_measure (
    id                      bigint generated always as identity primary key,
    zone_id                 bigint        not null,
    grade                   varchar(20)   not null,
    kind                    varchar(20)   not null check (kind in ('PRICE_SURCHARGE', 'LAND_DEPOSIT', 'SUBSIDY')),
    resource                varchar(20)   check (resource in ('ELECTRICITY', 'WATER')),  -- surcharges only
    min_consecutive_years   smallint      not null default 1 check (min_consecutive_years >= 1),
    amount                  numeric(12,4),  -- 元/kWh or 元/m³ (surcharge), percent (deposit)
    eligible                boolean       not null default true,   -- subsidies: false = not eligible
    priority                smallint,       -- subsidies: 1 = served first
    effective_from          date          not null,
    effective_to            date,           -- inclusive; null = open-ended
    description             varchar(300),
    created_by              varchar(80)   not null,
    created_at              timestamptz   not null default now(),
    check (effective_to is null or effective_to >= effective_from),
    check (kind <> 'PRICE_SURCHARGE' or (resource is not null and amount is not null and amount >= 0)),
    check (kind <> 'LAND_DEPOSIT' or (amount is not null and amount between 0 and 100))
);
create index evaluation_policy_measure_zone on evaluation_policy_measure (zone_id, grade, kind);

-- One case per D enterprise of a published run (per scheme and data year): publishing again or a re-run adds nothing.
create table evaluation_remediation (
    id                bigint generated always as identity primary key,
    zone_id           bigint        not null,
    run_id            bigint        not null references evaluation_run (id),
    scheme_code       varchar(80)   not null,
    data_year         smallint      not null,
    enterprise_id     bigint        not null,
    enterprise_name   varchar(300)  not null,   -- as of the run
    uscc              varchar(18),
    land_mu           numeric(12,2),            -- the land the run read, a ceiling for what can be freed
    measures          varchar(200)  not null default '',  -- comma-separated: TECH_UPGRADE, LAND_RENEWAL, MERGER, EXIT
    owner             varchar(80),
    deadline          date,
    status            varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'LIFTED', 'EXITED')),
    freed_land_mu     numeric(12,2) check (freed_land_mu is null or freed_land_mu >= 0),
    closed_by         varchar(80),
    closed_at         timestamptz,
    created_at        timestamptz   not null default now(),
    version           integer       not null default 0,
    unique (zone_id, scheme_code, data_year, enterprise_id)  -- a re-run of the year keeps the case it has
);
create index evaluation_remediation_zone on evaluation_remediation (zone_id, status, deadline);

create table evaluation_remediation_note (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null references evaluation_remediation (id),
    note         varchar(2000) not null,
    written_by   varchar(80)   not null,
    written_at   timestamptz   not null default now()
);
create index evaluation_remediation_note_case on evaluation_remediation_note (case_id, written_at);
