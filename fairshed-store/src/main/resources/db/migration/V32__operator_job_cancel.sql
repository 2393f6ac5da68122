-- Cancel on any replica (issue 11 §2 "cancellable"): a cancel asked through a server whose worker does not run the job
-- is written here; the worker running it reads it within a second and stops the job. A job whose cancel was asked is
-- not queued again when its server dies.
alter table operator_job add column cancel_requested boolean not null default false;
