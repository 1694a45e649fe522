-- evaluation: per-mu evaluation schemes (亩均评价办法) as versioned data.
-- A version IN_USE is never updated (the service refuses, and no statement here updates one); an edit of it makes a
-- new DRAFT version. The definition is the scheme's JSON exactly as imported or edited.

create table evaluation_scheme (
    id             bigint generated always as identity primary key,
    zone_id        bigint        not null,
    code           varchar(80)   not null,
    version        integer       not null check (version > 0),
    status         varchar(10)   not null check (status in ('DRAFT', 'IN_USE')),
    name           varchar(300)  not null,
    data_year      integer       not null,
    definition     jsonb         not null,
    created_by     varchar(80)   not null,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    unique (zone_id, code, version)
);

create index evaluation_scheme_zone_code on evaluation_scheme (zone_id, code, version desc);
