-- Development reads at scale (issue 15; server/examples/bench_development.rs measures them):
-- JP compliance by unit counts employees per unit and kind, and sums the year's learning per
-- employee, each from a covering index; the merit ranking reads each applicant's annual
-- ratings through their plans by employee.
CREATE INDEX employee_agency_unit_kind ON employee (agency_id, unit_id, kind);
DROP INDEX employee_agency_unit;
CREATE INDEX learning_record_agency_year_jp ON learning_record (agency_id, year, employee_id, status, jp);
DROP INDEX learning_record_agency_year;
CREATE INDEX skp_plan_employee ON skp_plan (employee_id, period_id);
