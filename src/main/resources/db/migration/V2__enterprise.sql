-- enterprise: the registry (一企一档).

create extension if not exists pg_trgm;

-- GB/T 4754-2017 code table, loaded from classpath data by IndustryCodeLoader (R__ keeps it replayable).
create table enterprise_industry_code (
    code      varchar(5)   primary key,
    level     smallint     not null check (level between 1 and 4),
    section   char(1)      not null,
    name      varchar(200) not null
);

create table enterprise (
    id                       bigint generated always as identity primary key,
    zone_id                  bigint        not null,
    uscc                     varchar(18)   not null check (length(uscc) = 18),
    name                     varchar(200)  not null,
    legal_representative     varchar(100),
    founded_on               date,
    registered_capital_yuan  numeric(18,2) check (registered_capital_yuan >= 0),
    address                  varchar(300),
    park_code                varchar(40),
    grid_id                  bigint,
    industry_code            varchar(5)    references enterprise_industry_code(code),
    cluster_code             varchar(40),
    above_scale              boolean       not null default false,
    own_land_mu              numeric(12,2) not null default 0 check (own_land_mu >= 0),
    leased_area_mu           numeric(12,2) not null default 0 check (leased_area_mu >= 0),
    version                  int           not null default 0,
    created_at               timestamptz   not null default now(),
    updated_at               timestamptz   not null default now(),
    unique (zone_id, uscc)
);
-- The list filters by zone first; these serve the common filters and the default sort by name.
create index enterprise_zone_name on enterprise (zone_id, name);
create index enterprise_zone_grid on enterprise (zone_id, grid_id);
create index enterprise_zone_cluster on enterprise (zone_id, cluster_code);
create index enterprise_zone_industry on enterprise (zone_id, industry_code text_pattern_ops);
create index enterprise_name_trgm on enterprise using gin (name gin_trgm_ops);
create index enterprise_uscc_trgm on enterprise using gin (uscc gin_trgm_ops);

create table enterprise_tag (
    enterprise_id bigint      not null references enterprise(id) on delete cascade,
    tag_code      varchar(40) not null,
    primary key (enterprise_id, tag_code)
);
create index enterprise_tag_code on enterprise_tag (tag_code, enterprise_id);

create table enterprise_contact (
    id             bigint generated always as identity primary key,
    enterprise_id  bigint       not null references enterprise(id) on delete cascade,
    name           varchar(100) not null,
    position       varchar(100),
    phone          varchar(40),
    email          varchar(200),
    chief_data_officer boolean  not null default false
);
create index enterprise_contact_enterprise on enterprise_contact (enterprise_id);
