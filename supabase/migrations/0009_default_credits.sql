/*
 * 0009 — every new organisation starts with a scan allowance of 10,000,000 rows.
 *
 * Uploads debit orgs.credits_rows by the file's row count and are refused with 402 once it runs
 * out; an operator tops it up with `veil admin credits add ORG N` (audited credits_added). A
 * zero default would make a fresh single-process install refuse its first upload, so the
 * allowance is generous and the limit is the operator's tool, not a trap. Existing orgs with no
 * credits get the same start.
 */
alter table orgs alter column credits_rows set default 10000000;
update orgs set credits_rows = 10000000 where credits_rows = 0 and deleted_at is null;
