-- 时尚E家 allocation rounds that outlive the JVM that runs them, and re-solves a brand asks for.
--
-- 1. Stop: the stop button writes stop_requested_at/by on the round (from any instance); the JVM that runs the round
--    reads it every second and stops its solve. A round's heartbeat (alive_at) is written by the same check.
-- 2. Recovery: while a round runs, its best plan so far is saved every few seconds (fashion_allocation_snapshot and
--    its lots, replaced as a whole). A round still RUNNING whose heartbeat is older than 30 s and that no solve of
--    this JVM runs is orphaned (its JVM died): with a snapshot it is closed with a version written from it (marked
--    stopped and interrupted), without one it is FAILED. See docs/architecture.md, "rounds: stop & recovery".
-- 3. Brand re-solve: for_brand_id is the brand that asked; only its own lots may move, the others are held.

alter table fashion_allocation_round
    -- a brand's re-solve of its own orders (null: the operator's round)
    add column for_brand_id               bigint       references fashion_brand (id),
    add column stop_requested_at          timestamptz,
    add column stop_requested_by          varchar(80),
    -- the heartbeat of the JVM running the round, every second while it runs
    add column alive_at                   timestamptz  not null default now(),
    -- set when the round was closed after its JVM died: how long it had run by its last heartbeat
    add column interrupted_after_seconds  int          check (interrupted_after_seconds >= 0),
    add constraint fashion_allocation_round_stop_who
        check ((stop_requested_at is null) = (stop_requested_by is null));

-- At most one running round per brand: the second start fails on this index (no race between two clicks).
create unique index fashion_allocation_round_one_per_brand on fashion_allocation_round (for_brand_id)
    where status = 'RUNNING' and for_brand_id is not null;
-- The orphan sweep looks only at running rounds.
create index fashion_allocation_round_running on fashion_allocation_round (alive_at) where status = 'RUNNING';

-- The version says who asked for it and whether it was written from a saved plan after a restart. Adding columns
-- does not touch existing rows' immutability (the triggers refuse row updates, not schema changes).
alter table fashion_allocation_run
    add column for_brand_id               bigint       references fashion_brand (id),
    -- not null: written from the best plan saved before the server stopped; rule totals are then empty
    add column interrupted_after_seconds  int          check (interrupted_after_seconds >= 0);

-- The best plan so far of a running round: one header and one row per lot (the rows a version would get, held lots
-- included, so a version can be written without rebuilding the problem). Replaced as a whole in one transaction;
-- deleted when the round ends.
create table fashion_allocation_snapshot (
    round_id        uuid           primary key references fashion_allocation_round (id) on delete cascade,
    saved_at        timestamptz    not null default now(),
    -- when the solve found this plan, from the start of the solve
    found_after_ms  bigint         not null check (found_after_ms >= 0),
    horizon_start   date           not null,
    weeks           int            not null check (weeks > 0),
    hard_penalty    bigint         not null,
    unplaced_lots   bigint         not null,
    soft_penalty    bigint         not null,
    lots_total      int            not null,
    lots_placed     int            not null,
    cost_yuan       numeric(16,2)  not null,
    skipped_orders  jsonb          not null,
    check (lots_placed <= lots_total)
);

create table fashion_allocation_snapshot_lot (
    round_id         uuid           not null references fashion_allocation_snapshot (round_id) on delete cascade,
    lot_key          varchar(40)    not null,
    order_id         bigint         not null references fashion_order (id),
    existing_lot_id  bigint         references fashion_lot (id),
    quantity         int            not null check (quantity > 0),
    due_week         int            not null,
    factory_id       bigint         references fashion_factory (id),
    load_minutes     bigint         not null check (load_minutes >= 0),
    cost_yuan        numeric(14,2)  not null check (cost_yuan >= 0),
    pinned           boolean        not null,
    primary key (round_id, lot_key)
);
