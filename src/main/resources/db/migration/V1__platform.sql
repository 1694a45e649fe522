-- platform: zones, their service grids (the units of data scope), users, tokens, audit, jobs, dictionaries.

create table platform_zone (
    id          bigint generated always as identity primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null,
    demo        boolean      not null default false,
    created_at  timestamptz  not null default now()
);

-- A service grid (网格) is the finest unit of an officer's data scope.
create table platform_grid (
    id       bigint generated always as identity primary key,
    zone_id  bigint       not null references platform_zone(id),
    code     varchar(40)  not null,
    name     varchar(200) not null,
    unique (zone_id, code)
);

create table platform_user (
    id               bigint generated always as identity primary key,
    username         varchar(80)  not null unique,
    display_name     varchar(200) not null,
    password_hash    varchar(200) not null,
    role             varchar(20)  not null check (role in ('ZONE_ADMIN', 'OFFICER', 'ENTERPRISE')),
    zone_id          bigint       not null references platform_zone(id),
    grid_id          bigint       references platform_grid(id),
    -- the enterprise an ENTERPRISE user acts for; enterprise ids belong to the enterprise module, so no FK here
    enterprise_id    bigint,
    enabled          boolean      not null default true,
    failed_logins    int          not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz  not null default now(),
    version          int          not null default 0,
    check (role <> 'ENTERPRISE' or enterprise_id is not null),
    check (role = 'OFFICER' or grid_id is null)
);

-- Personal API tokens: only a SHA-256 of the secret is kept; the prefix lets a user recognise a token.
create table platform_api_token (
    id            bigint generated always as identity primary key,
    user_id       bigint       not null references platform_user(id),
    name          varchar(100) not null,
    prefix        varchar(16)  not null,
    secret_sha256 char(64)     not null unique,
    created_at    timestamptz  not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

create table platform_audit_log (
    id           bigint generated always as identity primary key,
    at           timestamptz  not null default now(),
    actor        varchar(80)  not null,
    action       varchar(20)  not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(60)  not null,
    reason       varchar(500),
    before_state jsonb,
    after_state  jsonb
);
create index platform_audit_log_entity on platform_audit_log (entity_type, entity_id, at desc);
create index platform_audit_log_at on platform_audit_log (at desc);

create table platform_job (
    id           uuid         primary key,
    kind         varchar(60)  not null,
    owner        varchar(80)  not null,
    status       varchar(20)  not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    done         int          not null default 0,
    total        int          not null default 0,
    message      varchar(2000),
    result_link  varchar(300),
    started_at   timestamptz  not null default now(),
    finished_at  timestamptz
);

-- Code lists that officials maintain (clusters, parks, tags ...): data, not enums.
create table platform_dictionary (
    id        bigint generated always as identity primary key,
    zone_id   bigint       not null references platform_zone(id),
    kind      varchar(40)  not null,
    code      varchar(40)  not null,
    label_zh  varchar(200) not null,
    label_en  varchar(200) not null,
    sort      int          not null default 0,
    unique (zone_id, kind, code)
);
