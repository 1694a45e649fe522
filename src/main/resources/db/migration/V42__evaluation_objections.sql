-- ---------------------------------------------------------------------------------------------------------------
-- evaluation: objections (异议) to a published run. Publishing sets the run's objection window (its last day,
-- inclusive, in the zone's calendar); within it an enterprise files at most one open objection against its own
-- result, with a reason and evidence. An officer accepts or rejects it with a reason; accepting re-runs the same
-- scheme version and year over the corrected annual figures, and the objection links the new run version. The old
-- version is never touched (V41's triggers still guard it). A run cannot be made final while an objection is open.
-- ---------------------------------------------------------------------------------------------------------------
alter table evaluation_run add column objection_deadline date;

create table evaluation_objection (
    id                    bigint generated always as identity primary key,
    zone_id               bigint        not null,
    run_id                bigint        not null references evaluation_run (id),
    enterprise_id         bigint        not null,
    filed_by              varchar(80)   not null,
    filed_at              timestamptz   not null,
    reason                text          not null check (length(reason) between 1 and 2000),
    indicators            text[]        not null default '{}',  -- indicator codes contested; empty = the result as a whole
    evidence_text         text          check (length(evidence_text) <= 4000),
    evidence_file         bytea         check (octet_length(evidence_file) <= 10485760),  -- 10 MB
    evidence_file_name    varchar(255),
    evidence_content_type varchar(120),
    status                varchar(10)   not null default 'FILED' check (status in ('FILED', 'ACCEPTED', 'REJECTED')),
    decided_by            varchar(80),
    decided_at            timestamptz,
    decision_reason       text,
    new_run_id            bigint        references evaluation_run (id),
    check ((status = 'FILED') = (decided_by is null)),
    check (status = 'FILED' or length(decision_reason) > 0),
    check ((status = 'ACCEPTED') = (new_run_id is not null)),
    check ((evidence_file is null) = (evidence_file_name is null))
);
-- One open objection per enterprise per run; after a decision the enterprise may file again within the window.
create unique index evaluation_objection_one_open on evaluation_objection (run_id, enterprise_id)
    where status = 'FILED';
create index evaluation_objection_run on evaluation_objection (run_id, status);
