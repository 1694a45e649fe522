-- The cluster's working calendar (时尚E家), kept by the operator: the days that differ from the six-day week the
-- factories work (Monday to Saturday). China's State Council publishes each year's statutory holidays and the
-- make-up working days that go with them (调休上班, e.g. a Sunday that is worked); the operator enters them here
-- (form, API or an Excel sheet per year). Capacity everywhere (allocation rounds, the dashboard's utilisation,
-- planned lot dates) counts working days against this table. A year with no rows at all falls back to the
-- built-in rule (io.zonebrain.fashion.internal.calendar.BuiltInHolidays) and the calendar page says so.
create table fashion_calendar_day (
    id          bigint generated always as identity primary key,
    zone_id     bigint        not null references platform_zone (id),
    day         date          not null,
    -- HOLIDAY: nobody works (even on a weekday); WORKDAY: a make-up working day, worked even if it is a Sunday
    kind        varchar(10)   not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name        varchar(50)   not null check (length(btrim(name)) > 0),
    updated_by  varchar(100)  not null,
    updated_at  timestamptz   not null default now(),
    version     int           not null default 0,
    -- one entry per day; the index also serves "the days of a year" (zone_id, day between Jan 1 and Dec 31)
    unique (zone_id, day)
);

-- The seed: what the code hard-coded until now for 2024-2031 (New Year's Day, Spring Festival eve + 6 days,
-- 1-5 May, 1-7 October), so existing rounds and figures do not change. One function, used by this migration for
-- the zones that already exist and by ShippedCalendar for zones created later (on ZoneCreated), so both seed the
-- same rows. It adds nothing to a year that already has rows: the operator's entries are never overwritten.
create function fashion_seed_calendar(p_zone bigint) returns void language plpgsql as $$
declare
    y int;
    festival date;
    d date;
begin
    for y, festival in
        select * from (values (2024, date '2024-02-10'), (2025, date '2025-01-29'), (2026, date '2026-02-17'),
                              (2027, date '2027-02-06'), (2028, date '2028-01-26'), (2029, date '2029-02-13'),
                              (2030, date '2030-02-03'), (2031, date '2031-01-23')) as s(year, first_day)
    loop
        if exists (select 1 from fashion_calendar_day c where c.zone_id = p_zone
                   and c.day between make_date(y, 1, 1) and make_date(y, 12, 31)) then
            continue;
        end if;
        insert into fashion_calendar_day (zone_id, day, kind, name, updated_by)
        values (p_zone, make_date(y, 1, 1), 'HOLIDAY', '元旦', 'system');
        for d in select generate_series(festival - 1, festival + 5, interval '1 day')::date loop
            insert into fashion_calendar_day (zone_id, day, kind, name, updated_by)
            values (p_zone, d, 'HOLIDAY', '春节', 'system');
        end loop;
        for d in select generate_series(make_date(y, 5, 1), make_date(y, 5, 5), interval '1 day')::date loop
            insert into fashion_calendar_day (zone_id, day, kind, name, updated_by)
            values (p_zone, d, 'HOLIDAY', '劳动节', 'system');
        end loop;
        for d in select generate_series(make_date(y, 10, 1), make_date(y, 10, 7), interval '1 day')::date loop
            insert into fashion_calendar_day (zone_id, day, kind, name, updated_by)
            values (p_zone, d, 'HOLIDAY', '国庆节', 'system');
        end loop;
    end loop;
end;
$$;

select fashion_seed_calendar(id) from platform_zone;
