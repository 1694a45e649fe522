-- indicators: Excel imports of monthly reports (the bureau's layout) and annual figures. The file is staged here
-- and checked by a background job; nothing reaches the report tables until the uploader confirms, once
-- (a guarded status change), and then in one transaction.
create table indicators_import (
    id              bigint generated always as identity primary key,
    zone_id         bigint        not null,
    owner           varchar(80)   not null,
    kind            varchar(10)   not null check (kind in ('MONTHLY', 'ANNUAL')),
    file_name       varchar(255)  not null,
    file_bytes      bytea         not null,
    status          varchar(20)   not null default 'VALIDATING'
                    check (status in ('VALIDATING', 'VALIDATED', 'APPLYING', 'APPLIED', 'FAILED')),
    apply_mode      varchar(10)   check (apply_mode in ('all', 'valid')),
    job_id          uuid,
    total_rows      int           not null default 0,
    valid_rows      int           not null default 0,
    invalid_rows    int           not null default 0,
    new_rows        int           not null default 0,
    replacing_rows  int           not null default 0,
    unchanged_rows  int           not null default 0,
    written_count   int           not null default 0,
    file_rejected   boolean       not null default false,
    -- [{"row": 5, "field": "indicator.GROSS_OUTPUT", "code": "indicators.cumulative.falls", "args": [...]}, ...]
    errors          jsonb         not null default '[]'::jsonb,
    -- what a confirmed import would replace: [{"row", "uscc", "name", "period", "figure", "before", "after"}] (yuan)
    changes         jsonb         not null default '[]'::jsonb,
    message         varchar(2000),
    created_at      timestamptz   not null default now(),
    validated_at    timestamptz,
    applied_at      timestamptz
);
create index indicators_import_owner on indicators_import (owner, created_at desc);
