-- 时尚E家 allocation rounds. A round is a background job that builds an allocation problem from the fashion tables,
-- solves it with io.zonebrain.fashion.allocation and, when (and only when) the solve returns, writes one immutable
-- allocation version: a header (fashion_allocation_run) and one row per lot (fashion_allocation_run_lot). Pins,
-- acceptance and the brands' answers are separate rows about a version, so the version itself never changes.
-- fashion_lot.allocation_version points at the version that proposed a lot.

-- The round as a job: what was asked, by whom, and how it ended. id = the platform job's id.
create table fashion_allocation_round (
    id                  uuid           primary key,
    zone_id             bigint         not null references platform_zone (id),
    season_code         varchar(10)    not null check (season_code ~ '^[0-9]{4}(SS|AW)$'),
    -- the optional subset: orders of one category / one brand, factories of one town
    category_code       varchar(40),
    town_code           varchar(40),
    brand_id            bigint         references fashion_brand (id),
    -- ROUND: the open orders; RESOLVE: the lots of a version again, pins kept; AT_RISK: lots behind schedule released
    mode                varchar(10)    not null check (mode in ('ROUND', 'RESOLVE', 'AT_RISK')),
    parent_run_id       bigint,
    time_limit_seconds  int            not null check (time_limit_seconds between 1 and 300),
    started_by          varchar(80)    not null,
    started_at          timestamptz    not null default now(),
    status              varchar(10)    not null default 'RUNNING' check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    message             varchar(2000),
    run_id              bigint
);
create index fashion_allocation_round_zone on fashion_allocation_round (zone_id, started_at desc);

-- The best score over time of a round (the live chart); a few points a second at most.
create table fashion_allocation_point (
    id            bigint generated always as identity primary key,
    round_id      uuid     not null references fashion_allocation_round (id) on delete cascade,
    elapsed_ms    bigint   not null check (elapsed_ms >= 0),
    hard_penalty  bigint   not null,
    unplaced      bigint   not null,
    soft_penalty  bigint   not null
);
create index fashion_allocation_point_round on fashion_allocation_point (round_id, elapsed_ms);

-- An allocation version. Written once, in one transaction with its lots, after the solve returned.
create table fashion_allocation_run (
    id                  bigint generated always as identity primary key,
    zone_id             bigint         not null references platform_zone (id),
    round_id            uuid           not null unique references fashion_allocation_round (id),
    season_code         varchar(10)    not null,
    category_code       varchar(40),
    town_code           varchar(40),
    brand_id            bigint,
    mode                varchar(10)    not null,
    parent_run_id       bigint         references fashion_allocation_run (id),
    started_by          varchar(80)    not null,
    started_at          timestamptz    not null,
    finished_at         timestamptz    not null default now(),
    time_limit_seconds  int            not null,
    spent_ms            bigint         not null check (spent_ms >= 0),
    -- stopped by a person before the limit: the plan is the best found up to then
    stopped             boolean        not null,
    horizon_start       date           not null,
    weeks               int            not null check (weeks > 0),
    hard_penalty        bigint         not null,
    unplaced_lots       bigint         not null,
    soft_penalty        bigint         not null,
    lots_total          int            not null,
    lots_placed         int            not null,
    cost_yuan           numeric(16,2)  not null,
    -- [{rule, level, matches, penalty}] from the engine, and the orders left out of the problem with why
    rule_totals         jsonb          not null,
    skipped_orders      jsonb          not null,
    check (lots_placed <= lots_total)
);
create index fashion_allocation_run_zone on fashion_allocation_run (zone_id, id desc);

-- One row per lot of a version: where it went (factory null = unplaced), its load and cost there.
-- lot_key: O<order id>-<n> for a lot cut from an order's open quantity, L<lot id> for a lot already in fashion_lot.
create table fashion_allocation_run_lot (
    run_id           bigint         not null references fashion_allocation_run (id),
    lot_key          varchar(40)    not null,
    order_id         bigint         not null references fashion_order (id),
    existing_lot_id  bigint         references fashion_lot (id),
    quantity         int            not null check (quantity > 0),
    due_week         int            not null,
    factory_id       bigint         references fashion_factory (id),
    load_minutes     bigint         not null check (load_minutes >= 0),
    cost_yuan        numeric(14,2)  not null check (cost_yuan >= 0),
    pinned           boolean        not null,
    primary key (run_id, lot_key)
);
create index fashion_allocation_run_lot_factory on fashion_allocation_run_lot (run_id, factory_id);
create index fashion_allocation_run_lot_order on fashion_allocation_run_lot (order_id);

create function fashion_allocation_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'allocation versions are immutable; re-run to make a new one';
end $$;
create trigger fashion_allocation_run_frozen before update or delete on fashion_allocation_run
    for each row execute function fashion_allocation_immutable();
create trigger fashion_allocation_run_lot_frozen before update or delete on fashion_allocation_run_lot
    for each row execute function fashion_allocation_immutable();

-- Lots of a version pinned to their factory for the next re-solve (by the operator, or the brand for its orders).
create table fashion_allocation_pin (
    run_id     bigint        not null references fashion_allocation_run (id),
    lot_key    varchar(40)   not null,
    pinned_by  varchar(80)   not null,
    pinned_at  timestamptz   not null default now(),
    primary key (run_id, lot_key),
    foreign key (run_id, lot_key) references fashion_allocation_run_lot (run_id, lot_key)
);

-- The operator accepted a version: its placed lots were written to fashion_lot as PROPOSED. At most once.
create table fashion_allocation_acceptance (
    run_id        bigint        primary key references fashion_allocation_run (id),
    accepted_by   varchar(80)   not null,
    accepted_at   timestamptz   not null default now(),
    lots_written  int           not null,
    lots_skipped  int           not null
);

-- A brand's answer to the lots a version proposed for one of its orders.
create table fashion_allocation_brand_answer (
    run_id       bigint        not null references fashion_allocation_run (id),
    order_id     bigint        not null references fashion_order (id),
    answer       varchar(10)   not null check (answer in ('ACCEPTED', 'REJECTED')),
    answered_by  varchar(80)   not null,
    answered_at  timestamptz   not null default now(),
    primary key (run_id, order_id)
);

alter table fashion_lot add constraint fashion_lot_allocation_version
    foreign key (allocation_version) references fashion_allocation_run (id);
create index fashion_lot_allocation_version on fashion_lot (allocation_version) where allocation_version is not null;
