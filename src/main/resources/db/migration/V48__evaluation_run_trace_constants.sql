-- ---------------------------------------------------------------------------------------------------------------
-- evaluation: compact result traces. What is the same for every enterprise of a cohort in a run — each indicator's
-- name, unit, scoring method, weight, benchmark and the cohort's low and high — is stored once on the run, per cohort
-- code and indicator code, instead of in each of the run's (up to 100,000) result rows; a row then stays small enough
-- to be stored inline, which roughly halves the time to write a large run (docs/performance.md). Results written
-- before this migration keep their full traces; readers fill in a line's missing parts from its run's constants.
-- Like everything that says what was evaluated, the constants never change (the guard below).
-- ---------------------------------------------------------------------------------------------------------------
alter table evaluation_run add column trace_constants jsonb not null default '{}';

create or replace function evaluation_run_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'evaluation run % cannot be deleted', old.id;
    end if;
    if (new.zone_id, new.scheme_id, new.scheme_code, new.scheme_version, new.data_year, new.version,
        new.enterprises, new.graded, new.invalid, new.created_by, new.created_at, new.trace_constants)
       is distinct from
       (old.zone_id, old.scheme_id, old.scheme_code, old.scheme_version, old.data_year, old.version,
        old.enterprises, old.graded, old.invalid, old.created_by, old.created_at, old.trace_constants) then
        raise exception 'evaluation run % is immutable', old.id;
    end if;
    if new.status is distinct from old.status
       and not ((old.status = 'DRAFT' and new.status = 'PUBLISHED')
             or (old.status = 'PUBLISHED' and new.status = 'FINAL')
             or (old.status = 'PUBLISHED' and new.status = 'SUPERSEDED')) then
        raise exception 'evaluation run % cannot go from % to %', old.id, old.status, new.status;
    end if;
    if new.supersedes_run_id is distinct from old.supersedes_run_id
       and not (old.supersedes_run_id is null and old.status = 'DRAFT' and new.status = 'PUBLISHED') then
        raise exception 'evaluation run % already names the version it supersedes', old.id;
    end if;
    if old.status <> 'DRAFT' and (new.published_by, new.published_at) is distinct from (old.published_by, old.published_at) then
        raise exception 'evaluation run % was published already', old.id;
    end if;
    if old.status in ('FINAL', 'SUPERSEDED')
       and (new.finalised_by, new.finalised_at) is distinct from (old.finalised_by, old.finalised_at) then
        raise exception 'evaluation run % is %', old.id, lower(old.status);
    end if;
    return new;
end $$;

-- The results' inputs and trace as json (text, validated) rather than jsonb (parsed into a binary tree): they are
-- written once per run in bulk, read back whole for one enterprise at a time, and only the what-if looks inside them
-- (json operators work on json too). Measured on 100,000 results: the server's share of the write fell from ~60%
-- (jsonb parsing) to ~35% (docs/performance.md, "Evaluation run, 100,000 enterprises").
alter table evaluation_result alter column inputs type json using inputs::json,
                              alter column trace type json using trace::json;
