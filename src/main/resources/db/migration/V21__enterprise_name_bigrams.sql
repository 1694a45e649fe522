-- Name search that works for Chinese. pg_trgm needs three consecutive characters and, under the C locale, does
-- not treat CJK characters as word characters at all, so "%精密%" could not use the trigram index and every search
-- scanned the table (docs/performance.md). Officials type two characters (精密, 家纺, 科技): index every pair of
-- adjacent characters instead, and let the repository ask for the pairs of the search term with @>, keeping
-- "name ilike" as the exact recheck.

create function enterprise_name_bigrams(s text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct substr(lower(s), i, 2)), '{}')
    from generate_series(1, char_length(s) - 1) as i
$$;

-- Stored, so that rechecking a candidate row compares arrays instead of re-running the function (that recheck
-- cost 25 ms for 1,000 candidates as an expression index).
alter table enterprise add column name_bigrams text[] generated always as (enterprise_name_bigrams(name)) stored;
create index enterprise_name_bigrams_gin on enterprise using gin (name_bigrams);

-- The trigram index on name stays for Latin-script names; the one on uscc serves USCC fragments.
