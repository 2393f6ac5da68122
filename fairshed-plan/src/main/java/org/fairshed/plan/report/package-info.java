/**
 * Reading a plan: {@link org.fairshed.plan.report.FairnessMetrics} (max/min share, Gini, Jain),
 * {@link org.fairshed.plan.report.PlanSummary} (whole-horizon totals, per region, plan against min-shed), and the
 * writers: {@link org.fairshed.plan.report.PlanJsonWriter} (the plan file, docs/plan-format.md),
 * {@link org.fairshed.plan.report.PlanCsvWriter} (long tables for spreadsheets) and
 * {@link org.fairshed.plan.report.PlanTextReport} (what a dispatcher reads in the terminal).
 */
package org.fairshed.plan.report;
