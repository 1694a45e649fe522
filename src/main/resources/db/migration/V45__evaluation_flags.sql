-- evaluation: flags per enterprise and data year (安全事故, 环境事故, 重大项目, 新上规, 公用事业, 在建, 未来工厂 …) that
-- a scheme's points adjustments and grade overrides (ceilings, floors, forced classes) read. Officers keep them
-- with a reason; removing one deletes the row and the audit log keeps what it was. A run reads the year's flags
-- when it scores, and its results are immutable, so a flag set or removed after a run changes the next run only.
-- UNDER_TWO_YEARS is derived from the founding date at run time and never stored here.
create table evaluation_flag (
    id             bigint generated always as identity primary key,
    zone_id        bigint        not null,
    data_year      int           not null check (data_year between 2000 and 2100),
    enterprise_id  bigint        not null,
    -- a code from the allowed list (shipped codes plus those the zone's schemes name); upper case, as schemes write it
    flag           varchar(40)   not null check (flag ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    note           varchar(2000),           -- the evidence: accident report number, project list, …
    set_by         varchar(80)   not null,
    set_at         timestamptz   not null default now(),
    unique (zone_id, data_year, enterprise_id, flag)
);
-- the flags page lists a zone's year; a run reads a zone's year; an enterprise reads its own
create index evaluation_flag_enterprise on evaluation_flag (enterprise_id, data_year);

-- Excel imports of flags (USCC, flag, note for one data year), staged and checked before anything is written;
-- the columns StagedImportTable expects plus the year and the checked rows' counts and problems.
create table evaluation_flag_import (
    id             bigint generated always as identity primary key,
    zone_id        bigint        not null,
    owner          varchar(80)   not null,
    data_year      int           not null check (data_year between 2000 and 2100),
    file_name      varchar(255)  not null,
    file_bytes     bytea         not null,
    status         varchar(20)   not null default 'VALIDATING'
                   check (status in ('VALIDATING', 'VALIDATED', 'APPLYING', 'APPLIED', 'FAILED')),
    apply_mode     varchar(10)   check (apply_mode in ('all', 'valid')),
    job_id         uuid,
    total_rows     int           not null default 0,
    valid_rows     int           not null default 0,
    invalid_rows   int           not null default 0,
    new_rows       int           not null default 0,   -- flags the file adds
    existing_rows  int           not null default 0,   -- flags already set (the note is updated when it differs)
    written_count  int           not null default 0,
    file_rejected  boolean       not null default false,
    -- [{"row": 5, "field": "flagCode", "code": "flags.import.unknownFlag", "args": ["XYZ"]}, ...]
    errors         jsonb         not null default '[]'::jsonb,
    message        varchar(2000),
    created_at     timestamptz   not null default now(),
    validated_at   timestamptz,
    applied_at     timestamptz
);
create index evaluation_flag_import_owner on evaluation_flag_import (owner, created_at desc);
