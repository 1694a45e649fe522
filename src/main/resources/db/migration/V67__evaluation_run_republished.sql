-- A second version of a scheme and data year published while an earlier one is still in its 公示 (re-publication):
-- the new version replaces the earlier one, which becomes SUPERSEDED (its results untouched), and opens a new
-- objection window. Until now two versions of one scheme and year could stand published side by side. The chain
-- uses supersedes_run_id as a correction does; this flag tells the two apart for the pages ("re-published with a new
-- window" rather than "corrected after an accepted objection, same deadline").
alter table evaluation_run
    add column republished boolean not null default false,
    add constraint evaluation_run_republished_supersedes check (not republished or supersedes_run_id is not null);
