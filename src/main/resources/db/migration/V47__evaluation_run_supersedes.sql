-- ---------------------------------------------------------------------------------------------------------------
-- evaluation: a corrected version continues the publication. Accepting an objection re-runs the same scheme
-- version and year; the new version is published at once with the same objection deadline and names the version it
-- supersedes, and the old version becomes SUPERSEDED: its results stay exactly as published (V41's triggers still
-- refuse any change to them) and readable, but it is no longer "the" published list: an enterprise's own view, the
-- measures by grade and the remediation cases read PUBLISHED / FINAL runs only. A superseded version cannot be
-- published again, finalised or superseded twice.
-- ---------------------------------------------------------------------------------------------------------------
alter table evaluation_run drop constraint evaluation_run_status_check;
alter table evaluation_run add constraint evaluation_run_status_check
    check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'FINAL'));

-- The version this one corrects; set once, when the correction is published (the run row is written by the run
-- itself before anyone knows it will be a correction), and never changed afterwards.
alter table evaluation_run add column supersedes_run_id bigint references evaluation_run (id);
alter table evaluation_run add constraint evaluation_run_supersedes_other check (supersedes_run_id <> id);
-- A version is superseded at most once: the chain of corrections is a line, not a tree.
create unique index evaluation_run_superseded_once on evaluation_run (supersedes_run_id)
    where supersedes_run_id is not null;

-- The objection an enterprise filed stays tied to the version it read (its name and USCC come from that result);
-- run_id is the version the objection is currently decided on, which moves forward when a correction supersedes
-- the version while the objection is still open.
alter table evaluation_objection add column filed_run_id bigint references evaluation_run (id);
update evaluation_objection set filed_run_id = run_id;
alter table evaluation_objection alter column filed_run_id set not null;

-- V41's guard, now with PUBLISHED -> SUPERSEDED and the supersedes link (set only on DRAFT -> PUBLISHED, from null).
create or replace function evaluation_run_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'evaluation run % cannot be deleted', old.id;
    end if;
    if (new.zone_id, new.scheme_id, new.scheme_code, new.scheme_version, new.data_year, new.version,
        new.enterprises, new.graded, new.invalid, new.created_by, new.created_at)
       is distinct from
       (old.zone_id, old.scheme_id, old.scheme_code, old.scheme_version, old.data_year, old.version,
        old.enterprises, old.graded, old.invalid, old.created_by, old.created_at) then
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
