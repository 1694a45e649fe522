-- ---------------------------------------------------------------------------------------------------------------
-- The INDICATORS module's published view (owned by indicators, created here because the evaluation runs are its
-- first reader): each enterprise's current annual figures per year. indicators_annual_figure stays private to the
-- indicators module; other modules read this view only. Its columns are a contract: add, never rename or drop.
-- ---------------------------------------------------------------------------------------------------------------
create view indicators_published_annual as
select f.enterprise_id,
       f.zone_id,
       f.year,
       f.taxes_paid_yuan,
       f.value_added_yuan,
       f.revenue_yuan,
       f.energy_tce,
       f.cod_t,
       f.ammonia_nitrogen_t,
       f.so2_t,
       f.nox_t,
       f.rd_expense_yuan,
       f.employees,
       f.land_used_mu
from indicators_annual_figure f
where f.current;

-- ---------------------------------------------------------------------------------------------------------------
-- evaluation: runs of a scheme version over a data year. A run and its results are an immutable version: results
-- are only ever inserted (triggers refuse UPDATE and DELETE), and a run row may only move forward in its life cycle
-- DRAFT -> PUBLISHED (公示) -> FINAL; a re-run is a new row with the next version number.
-- ---------------------------------------------------------------------------------------------------------------
create table evaluation_run (
    id              bigint generated always as identity primary key,
    zone_id         bigint        not null,
    scheme_id       bigint        not null references evaluation_scheme (id),
    scheme_code     varchar(80)   not null,
    scheme_version  integer       not null,
    data_year       smallint      not null check (data_year between 2000 and 2100),
    version         integer       not null check (version > 0),
    status          varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED', 'FINAL')),
    enterprises     integer       not null,
    graded          integer       not null,
    invalid         integer       not null,
    created_by      varchar(80)   not null,
    created_at      timestamptz   not null default now(),
    published_by    varchar(80),
    published_at    timestamptz,
    finalised_by    varchar(80),
    finalised_at    timestamptz,
    unique (zone_id, scheme_code, data_year, version)
);
create index evaluation_run_zone on evaluation_run (zone_id, data_year desc, scheme_code, version desc);

create table evaluation_result (
    run_id          bigint        not null references evaluation_run (id),
    enterprise_id   bigint        not null,
    enterprise_name varchar(300)  not null,   -- as of the run: the 公示 list shows what was evaluated
    uscc            varchar(18),
    cohort          varchar(80),
    valid           boolean       not null,   -- false: a data rule rejected the input; see problems
    total           numeric(10,2),
    rank            integer,                  -- competition rank within the cohort; null when not ranked
    ranked          integer,                  -- how many were ranked in the cohort
    grade           varchar(20),
    inputs          jsonb         not null,   -- the kernel's inputs, yuan and base units, null = missing
    trace           jsonb         not null,   -- indicators (value, benchmark, points), adjustments, grade reasons, problems
    primary key (run_id, enterprise_id)
);
create index evaluation_result_enterprise on evaluation_result (enterprise_id, run_id desc);
create index evaluation_result_grade on evaluation_result (run_id, grade);

create function evaluation_result_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'evaluation results are immutable: run % is a version; re-run to make a new one', old.run_id;
end $$;

create trigger evaluation_result_no_change before update or delete on evaluation_result
    for each row execute function evaluation_result_immutable();

-- Only the life-cycle columns may change, and only forward; everything that says what was evaluated is frozen.
create function evaluation_run_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'evaluation run % cannot be deleted', old.id;
    end if;
    if (new.zone_id, new.scheme_id, new.scheme_code, new.scheme_version, new.data_year, new.version,
        new.enterprises, new.graded, new.invalid, new.created_by, new.created_at)
       is distinct from
       (old.zone_id, old.scheme_id, old.scheme_code, old.scheme_version, old.data_year, old.version,
        old.enterprises, old.graded, old.invalid, old.created_by, old.created_at) then
        raise exception 'evaluation run % is immutable', old.id;
    end if;
    if new.status is distinct from old.status
       and not ((old.status = 'DRAFT' and new.status = 'PUBLISHED')
             or (old.status = 'PUBLISHED' and new.status = 'FINAL')) then
        raise exception 'evaluation run % cannot go from % to %', old.id, old.status, new.status;
    end if;
    if old.status <> 'DRAFT' and (new.published_by, new.published_at) is distinct from (old.published_by, old.published_at) then
        raise exception 'evaluation run % was published already', old.id;
    end if;
    if old.status = 'FINAL' and (new.finalised_by, new.finalised_at) is distinct from (old.finalised_by, old.finalised_at) then
        raise exception 'evaluation run % is final', old.id;
    end if;
    return new;
end $$;

create trigger evaluation_run_guarded before update or delete on evaluation_run
    for each row execute function evaluation_run_guard();
