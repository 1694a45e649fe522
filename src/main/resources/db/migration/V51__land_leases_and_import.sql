-- land: what the parcel and lease services need beyond V50 (whose tables and view stay as they are).

-- A parcel code is a cadastral number, never blank (V50 already makes it unique per zone).
alter table land_parcel add constraint land_parcel_code_not_blank check (btrim(parcel_code) <> '');

-- One lease is one lessee on one parcel from one date. The Excel import matches leases by exactly this key, so
-- an exported workbook re-imports as "no change"; the service reports a repeat as a field error first.
create unique index land_lease_key on land_lease (parcel_id, lessee_enterprise_id, lease_from);

-- Officials filter and sort a zone's parcels by area (the area range filter of the list).
create index land_parcel_zone_area on land_parcel (zone_id, area_mu);

-- Excel imports of parcels and leases: the uploaded file is staged here and checked by a background job; nothing
-- reaches land_parcel / land_lease until the uploader confirms, and then once only (guarded status change, see
-- platform's StagedImportTable). Same life cycle and columns as enterprise_import.
create table land_import (
    id              bigint generated always as identity primary key,
    zone_id         bigint        not null,
    owner           varchar(80)   not null,
    file_name       varchar(255)  not null,
    file_bytes      bytea         not null,
    file_sha256     char(64)      not null,
    status          varchar(20)   not null default 'VALIDATING'
                    check (status in ('VALIDATING', 'VALIDATED', 'APPLYING', 'APPLIED', 'FAILED')),
    apply_mode      varchar(10)   check (apply_mode in ('all', 'valid')),
    job_id          uuid,
    total_rows      int           not null default 0,
    valid_rows      int           not null default 0,
    invalid_rows    int           not null default 0,
    -- rows of the file by what applying them would do (a row is a parcel or a lease)
    new_rows        int           not null default 0,
    changed_rows    int           not null default 0,
    unchanged_rows  int           not null default 0,
    created_count   int           not null default 0,
    updated_count   int           not null default 0,
    -- true when the file as a whole was rejected (not an Excel file, missing columns ...): nothing can be applied
    file_rejected   boolean       not null default false,
    -- every problem found: [{"row": 5, "field": "AREA", "code": "land.validation.area.positive", "args": [...]}]
    errors          jsonb         not null default '[]'::jsonb,
    message         varchar(2000),
    created_at      timestamptz   not null default now(),
    validated_at    timestamptz,
    applied_at      timestamptz
);
create index land_import_owner on land_import (owner, created_at desc);
