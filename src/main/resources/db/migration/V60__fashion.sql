-- fashion (时尚E家): the garment cluster's capacity marketplace. Small factories publish what they make, how much
-- they can make and when they are closed; brands post orders; orders are split into lots placed at factories, and
-- each lot reports its milestones until it ships. The allocation engine (io.zonebrain.fashion.allocation, later
-- migrations) proposes lots; this schema only holds what it will read and write.
-- Code lists (categories, processes, towns) are platform dictionaries of kinds fashion_category, fashion_process
-- and fashion_town, so admins edit them at /admin/dictionaries; the columns below hold their codes.

-- Codes people quote (F00001, B0001, FO000001) are numbered from these sequences, shared by all zones; the demo
-- writes its codes in bulk and moves them on afterwards.
create sequence fashion_factory_code_seq;
create sequence fashion_brand_code_seq;
create sequence fashion_order_code_seq;

-- A garment factory or workshop. Many are individual businesses (个体工商户, USCC starting 92) that are not in the
-- enterprise registry, so the link to the registry is optional: enterprise_id is set when an enterprise with the
-- same USCC is in the registry (read through enterprise_published_dimensions; no FK into another module's table).
create table fashion_factory (
    id                       bigint generated always as identity primary key,
    zone_id                  bigint         not null references platform_zone (id),
    code                     varchar(20)    not null,
    name                     varchar(200)   not null,
    uscc                     char(18),
    enterprise_id            bigint,
    town_code                varchar(40)    not null,
    address                  varchar(300),
    contact_name             varchar(100),
    contact_phone            varchar(40),
    workers                  int            not null check (workers between 0 and 10000),
    minutes_per_day          int            not null default 480 check (minutes_per_day between 0 and 1440),
    -- share of paid minutes that turn into standard minutes (SAM) of output; 0.65 is a typical small workshop
    efficiency               numeric(4,3)   not null default 0.650 check (efficiency between 0 and 1.5),
    -- standard minutes per working day, derived so that it can never disagree with its inputs; 0 = not allocatable
    capacity_minutes_per_day numeric(12,1)  generated always as (round(workers * minutes_per_day * efficiency, 1)) stored,
    -- 1 basic (大众), 2 standard (品牌), 3 premium (精品); a factory may take orders up to its own level
    quality_level            smallint       not null check (quality_level between 1 and 3),
    min_order_pieces         int            not null default 0 check (min_order_pieces >= 0),
    joined_on                date,
    version                  int            not null default 0,
    created_at               timestamptz    not null default now(),
    updated_at               timestamptz    not null default now(),
    unique (zone_id, code),
    -- lets platform_user reference (factory, zone) so a login can only act for a factory of its own zone
    unique (id, zone_id),
    check (uscc is null or uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$')
);
create unique index fashion_factory_uscc on fashion_factory (zone_id, uscc) where uscc is not null;
create index fashion_factory_town on fashion_factory (zone_id, town_code);
create index fashion_factory_capacity on fashion_factory (zone_id, capacity_minutes_per_day);
create index fashion_factory_enterprise on fashion_factory (enterprise_id) where enterprise_id is not null;

-- What a factory makes, at its price per standard minute for that category (the price of a piece = SAM × price).
create table fashion_factory_category (
    factory_id              bigint        not null references fashion_factory (id) on delete cascade,
    category_code           varchar(40)   not null,
    price_yuan_per_minute   numeric(8,4)  not null check (price_yuan_per_minute > 0 and price_yuan_per_minute < 100),
    primary key (factory_id, category_code)
);
create index fashion_factory_category_code on fashion_factory_category (category_code, factory_id);

create table fashion_factory_process (
    factory_id    bigint       not null references fashion_factory (id) on delete cascade,
    process_code  varchar(40)  not null,
    primary key (factory_id, process_code)
);
create index fashion_factory_process_code on fashion_factory_process (process_code, factory_id);

-- Days a factory does not work (Spring Festival, maintenance, ...), both ends inclusive. Overlaps are refused by
-- the service while it holds the factory's row lock (an exclusion constraint would need btree_gist).
create table fashion_factory_closure (
    id          bigint generated always as identity primary key,
    factory_id  bigint        not null references fashion_factory (id) on delete cascade,
    starts_on   date          not null,
    ends_on     date          not null,
    reason      varchar(200),
    check (ends_on >= starts_on),
    check (ends_on - starts_on <= 366)
);
create index fashion_factory_closure_factory on fashion_factory_closure (factory_id, starts_on);

-- Brands and buyers: external customers of the cluster, with their own logins.
create table fashion_brand (
    id             bigint generated always as identity primary key,
    zone_id        bigint        not null references platform_zone (id),
    code           varchar(20)   not null,
    name           varchar(200)  not null,
    contact_name   varchar(100),
    contact_phone  varchar(40),
    contact_email  varchar(200),
    city           varchar(100),
    version        int           not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    unique (zone_id, code),
    unique (id, zone_id)
);

-- A season is a production window (SS = January-June, AW = July-December); orders belong to the season of their
-- due date, and the dashboard compares seasons.
create table fashion_season (
    id         bigint generated always as identity primary key,
    zone_id    bigint       not null references platform_zone (id),
    code       varchar(10)  not null check (code ~ '^[0-9]{4}(SS|AW)$'),
    starts_on  date         not null,
    ends_on    date         not null,
    unique (zone_id, code),
    check (ends_on > starts_on)
);

-- A brand's order. quality_level is the minimum a factory must have; target price is per piece.
-- OPEN: posted, not (fully) placed; PLACED: lots cover the quantity; IN_PRODUCTION: a lot has started;
-- COMPLETED: every lot shipped; CANCELLED by the brand or operator.
create table fashion_order (
    id                 bigint generated always as identity primary key,
    zone_id            bigint         not null references platform_zone (id),
    brand_id           bigint         not null,
    season_id          bigint         references fashion_season (id),
    code               varchar(30)    not null,
    -- the brand's own order number, when it gives one; an import matches on it, so a file can be re-imported
    brand_ref          varchar(40),
    style              varchar(200)   not null,
    category_code      varchar(40)    not null,
    sam_minutes        numeric(7,2)   not null check (sam_minutes > 0),
    quantity           int            not null check (quantity > 0),
    due_on             date           not null,
    quality_level      smallint       not null check (quality_level between 1 and 3),
    target_price_yuan  numeric(10,2)  check (target_price_yuan >= 0),
    may_split          boolean        not null default true,
    smallest_lot       int            check (smallest_lot > 0),
    status             varchar(20)    not null default 'OPEN'
                       check (status in ('OPEN', 'PLACED', 'IN_PRODUCTION', 'COMPLETED', 'CANCELLED')),
    note               varchar(500),
    posted_at          timestamptz    not null default now(),
    version            int            not null default 0,
    created_at         timestamptz    not null default now(),
    updated_at         timestamptz    not null default now(),
    unique (zone_id, code),
    foreign key (brand_id, zone_id) references fashion_brand (id, zone_id),
    check (smallest_lot is null or smallest_lot <= quantity)
);
create index fashion_order_brand on fashion_order (brand_id, due_on);
create unique index fashion_order_brand_ref on fashion_order (brand_id, brand_ref) where brand_ref is not null;
create index fashion_order_season on fashion_order (zone_id, season_id, status);
create index fashion_order_due on fashion_order (zone_id, due_on);

create table fashion_order_process (
    order_id      bigint       not null references fashion_order (id) on delete cascade,
    process_code  varchar(40)  not null,
    primary key (order_id, process_code)
);

-- Factories a brand wants (PREFERRED) or refuses (BLOCKED) for one order; the engine honours both.
create table fashion_order_factory (
    order_id    bigint       not null references fashion_order (id) on delete cascade,
    factory_id  bigint       not null references fashion_factory (id),
    preference  varchar(10)  not null check (preference in ('PREFERRED', 'BLOCKED')),
    primary key (order_id, factory_id)
);
create index fashion_order_factory_factory on fashion_order_factory (factory_id);

-- A lot: part of an order's quantity placed at one factory. Proposed lots wait for the factory to confirm or
-- decline; confirmed lots go into production with the first milestone and end SHIPPED.
-- allocation_version: the allocation run version that proposed the lot (null when placed by hand or imported as
-- history). The allocation work adds its own tables and a foreign key on this column; planned_* are its schedule.
create table fashion_lot (
    id                  bigint generated always as identity primary key,
    zone_id             bigint         not null references platform_zone (id),
    order_id            bigint         not null references fashion_order (id),
    lot_no              smallint       not null check (lot_no > 0),
    factory_id          bigint         not null references fashion_factory (id),
    quantity            int            not null check (quantity > 0),
    unit_price_yuan     numeric(10,2)  not null check (unit_price_yuan >= 0),
    status              varchar(20)    not null default 'PROPOSED'
                        check (status in ('PROPOSED', 'CONFIRMED', 'DECLINED', 'IN_PRODUCTION', 'SHIPPED')),
    allocation_version  bigint,
    planned_start_on    date,
    planned_finish_on   date,
    decline_reason      varchar(300),
    shipped_on          date,
    proposed_by         varchar(80)    not null,
    version             int            not null default 0,
    created_at          timestamptz    not null default now(),
    updated_at          timestamptz    not null default now(),
    unique (order_id, lot_no),
    check (status <> 'DECLINED' or decline_reason is not null),
    check ((status = 'SHIPPED') = (shipped_on is not null)),
    check (planned_finish_on is null or planned_start_on is null or planned_finish_on >= planned_start_on)
);
create index fashion_lot_order on fashion_lot (order_id);
create index fashion_lot_factory on fashion_lot (factory_id, status);
create index fashion_lot_zone_status on fashion_lot (zone_id, status);

-- Production milestones of a lot, reported in this order: FABRIC_RECEIVED, CUT, SEWN, FINISHED, INSPECTED, SHIPPED.
create table fashion_milestone (
    id           bigint generated always as identity primary key,
    lot_id       bigint        not null references fashion_lot (id) on delete cascade,
    step         varchar(20)   not null
                 check (step in ('FABRIC_RECEIVED', 'CUT', 'SEWN', 'FINISHED', 'INSPECTED', 'SHIPPED')),
    at           timestamptz   not null,
    reported_by  varchar(80)   not null,
    note         varchar(500),
    unique (lot_id, step)
);

-- The quality of a delivered lot, 1 (poor) to 5 (excellent), rated by the operator or the ordering brand.
create table fashion_quality_rating (
    lot_id               bigint        primary key references fashion_lot (id) on delete cascade,
    score                smallint      not null check (score between 1 and 5),
    defect_rate_percent  numeric(5,2)  check (defect_rate_percent between 0 and 100),
    note                 varchar(500),
    rated_by             varchar(80)   not null,
    rated_at             timestamptz   not null default now()
);

-- These columns belong to the PLATFORM's user table (io.zonebrain.platform.UserAccounts): the factory a FACTORY
-- login acts for and the brand a BRAND login acts for, as ENTERPRISE logins carry enterprise_id. They are added here
-- because the tables they reference are this module's; the composite keys keep a login inside its own zone.
alter table platform_user drop constraint platform_user_role_check;
alter table platform_user add constraint platform_user_role_check
    check (role in ('ZONE_ADMIN', 'OFFICER', 'ENTERPRISE', 'FACTORY', 'BRAND', 'CLUSTER_OPERATOR'));
alter table platform_user add column factory_id bigint;
alter table platform_user add column brand_id bigint;
alter table platform_user add constraint platform_user_factory
    foreign key (factory_id, zone_id) references fashion_factory (id, zone_id);
alter table platform_user add constraint platform_user_brand
    foreign key (brand_id, zone_id) references fashion_brand (id, zone_id);
alter table platform_user add constraint platform_user_factory_role
    check ((role = 'FACTORY') = (factory_id is not null));
alter table platform_user add constraint platform_user_brand_role
    check ((role = 'BRAND') = (brand_id is not null));
