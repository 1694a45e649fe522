-- fashion: Excel imports of factories (by the operator) and orders (by a brand or the operator). The file is
-- staged here and checked by a background job; nothing reaches the fashion tables until the uploader confirms,
-- and then once only (the guarded status change of platform.StagedImportTable).

create table fashion_import (
    id              bigint generated always as identity primary key,
    zone_id         bigint        not null references platform_zone (id),
    kind            varchar(20)   not null check (kind in ('FACTORIES', 'ORDERS')),
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
    new_rows        int           not null default 0,
    changed_rows    int           not null default 0,
    unchanged_rows  int           not null default 0,
    created_count   int           not null default 0,
    updated_count   int           not null default 0,
    -- true when the file as a whole was rejected (not an Excel file, missing columns ...): nothing can be applied
    file_rejected   boolean       not null default false,
    -- every problem found: [{"row": 5, "field": "factory.workers", "code": "validation.range", "args": [...]}, ...]
    errors          jsonb         not null default '[]'::jsonb,
    message         varchar(2000),
    created_at      timestamptz   not null default now(),
    validated_at    timestamptz,
    applied_at      timestamptz
);
create index fashion_import_owner on fashion_import (owner, kind, created_at desc);
