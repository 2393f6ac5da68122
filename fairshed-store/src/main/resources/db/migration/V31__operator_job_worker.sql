-- One job worker per database (issue 11 §2: "queued, one machine"): the worker that holds the advisory lock runs the
-- jobs; each claim names the worker (a random id per server process) and counts the attempt, so a job whose server
-- died is queued again and reported as restarted, and a worker that lost the lock cannot write over a newer run.
alter table operator_job add column worker text check (worker is null or length(worker) <= 100);
alter table operator_job add column attempts integer not null default 0;
