-- Excel import of the zone's user accounts (/admin/users/import), staged like every other import (see
-- StagedImportTable): the uploaded file, what its check found, and what applying it did. Generated passwords are
-- NEVER stored here or anywhere else: they are made while applying and shown once from the server's memory.
create table platform_user_import (
    id              bigint generated always as identity primary key,
    zone_id         bigint        not null references platform_zone (id),
    -- the zone admin who uploaded it; only they can see and confirm it
    owner           varchar(80)   not null,
    file_name       varchar(255)  not null,
    file_bytes      bytea         not null,
    file_sha256     char(64)      not null,
    status          varchar(20)   not null default 'VALIDATING'
                    check (status in ('VALIDATING', 'VALIDATED', 'APPLYING', 'APPLIED', 'FAILED')),
    apply_mode      varchar(10)   check (apply_mode in ('all', 'valid')),
    job_id          uuid,
    total_rows      int           not null default 0 check (total_rows >= 0),
    valid_rows      int           not null default 0 check (valid_rows >= 0),
    invalid_rows    int           not null default 0 check (invalid_rows >= 0),
    -- rows of the file by what applying them would do (a row is an account)
    new_rows        int           not null default 0,
    changed_rows    int           not null default 0,
    unchanged_rows  int           not null default 0,
    created_count   int           not null default 0,
    updated_count   int           not null default 0,
    -- true when the file as a whole was rejected (not an Excel file, missing columns ...): nothing can be applied
    file_rejected   boolean       not null default false,
    -- every problem found: [{"row": 5, "field": "ROLE", "code": "users.import.unknownRole", "args": ["..."]}]
    errors          jsonb         not null default '[]'::jsonb,
    message         varchar(2000),
    created_at      timestamptz   not null default now(),
    validated_at    timestamptz,
    applied_at      timestamptz
);
create index platform_user_import_owner on platform_user_import (owner, created_at desc);

-- The user list is read per zone in role, username order, filtered by role; a zone with the fashion cluster has
-- thousands of factory logins, so the list's page and count should not scan every zone's accounts.
create index platform_user_zone_role on platform_user (zone_id, role, username);
