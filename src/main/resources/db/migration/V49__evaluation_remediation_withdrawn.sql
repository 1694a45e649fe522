-- A remediation case can be WITHDRAWN: the enterprise was in D in a published version, an accepted objection (or a
-- later published version of the same scheme and year) no longer puts it there. Withdrawn is not "lifted": nothing
-- was remediated, the grade was wrong, so the zone's tally of lifted firms and freed land does not count it.
alter table evaluation_remediation drop constraint evaluation_remediation_status_check;
alter table evaluation_remediation add constraint evaluation_remediation_status_check
    check (status in ('OPEN', 'LIFTED', 'EXITED', 'WITHDRAWN'));
