-- land: parcels (宗地) and who occupies them. A parcel has one owner (the enterprise holding the land right; null
-- when the land is held by the zone itself or by a body outside the registry) and any number of leases of part of
-- it to other enterprises. Areas in mu; leased floor area in m² because leases are written in floor area.

create table land_parcel (
    id                   bigint generated always as identity primary key,
    zone_id              bigint         not null,
    parcel_code          varchar(40)    not null,
    name                 varchar(200),
    location             varchar(300),
    land_use             varchar(40)    not null default 'industrial',
    area_mu              numeric(12,2)  not null check (area_mu > 0),
    owner_enterprise_id  bigint,
    version              int            not null default 0,
    created_at           timestamptz    not null default now(),
    updated_at           timestamptz    not null default now(),
    unique (zone_id, parcel_code)
);
create index land_parcel_owner on land_parcel (owner_enterprise_id);

-- A lease of part of a parcel. The land share is what per-mu figures use; lease_to null means open-ended.
-- The sum of a parcel's current land shares must not exceed its area: the service checks it in the transaction
-- that writes the lease (a check constraint cannot see other rows).
create table land_lease (
    id                   bigint generated always as identity primary key,
    parcel_id            bigint         not null references land_parcel (id) on delete cascade,
    lessee_enterprise_id bigint         not null,
    land_mu              numeric(12,2)  not null check (land_mu > 0),
    floor_area_m2        numeric(12,2)  check (floor_area_m2 >= 0),
    lease_from           date           not null,
    lease_to             date,
    version              int            not null default 0,
    created_at           timestamptz    not null default now(),
    updated_at           timestamptz    not null default now(),
    check (lease_to is null or lease_to >= lease_from)
);
create index land_lease_parcel on land_lease (parcel_id);
create index land_lease_lessee on land_lease (lessee_enterprise_id);

-- land publishes this read-only view for other modules (evaluation's leased-premise modes, cockpit). One row per
-- occupant: the owner with the parcel's whole area (what it leases out is the sum of the lessee rows, which a
-- reader subtracts if its rule says so), and each lease with its dates so a reader picks the leases in force in a
-- data year. The columns are a contract: add
-- columns, never rename or drop them without a new view.
create view land_published_occupancy as
select p.zone_id,
       p.id                      as parcel_id,
       p.parcel_code,
       p.area_mu                 as parcel_area_mu,
       p.owner_enterprise_id     as enterprise_id,
       'OWNER'::varchar(10)      as role,
       p.area_mu                 as land_mu,
       null::numeric(12,2)       as floor_area_m2,
       null::date                as lease_from,
       null::date                as lease_to,
       null::bigint              as lease_id
from land_parcel p
where p.owner_enterprise_id is not null
union all
select p.zone_id,
       p.id,
       p.parcel_code,
       p.area_mu,
       l.lessee_enterprise_id,
       'LESSEE'::varchar(10),
       l.land_mu,
       l.floor_area_m2,
       l.lease_from,
       l.lease_to,
       l.id
from land_lease l
join land_parcel p on p.id = l.parcel_id;
