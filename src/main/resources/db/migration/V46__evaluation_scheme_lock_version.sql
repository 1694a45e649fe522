-- evaluation: optimistic locking for scheme drafts. Two officers may open the same DRAFT version in the editor; the
-- second save must not silently overwrite the first. Every in-place change of a draft (editor, API import) adds one
-- to lock_version and only succeeds when the caller still holds the number it loaded. Versions IN_USE are never
-- updated, so their lock_version stays where it was when they were frozen.
alter table evaluation_scheme
    add column lock_version integer not null default 0 check (lock_version >= 0);

comment on column evaluation_scheme.lock_version is
    'optimistic lock for in-place edits of a DRAFT version; +1 on every update';
