// The counter that places audit entries in the trail's order (AuditSequencer). Every write used to MERGE it, with no
// constraint, so concurrent first writes could have made two: keep one, at the higher count, before the constraint.
MATCH (s:AuditSequence {id: 'audit'})
WITH collect(s) AS counters, max(s.value) AS value
WHERE size(counters) > 1
FOREACH (extra IN counters[1..] | DETACH DELETE extra)
WITH counters[0] AS kept, value
SET kept.value = value;
CREATE CONSTRAINT audit_sequence_id IF NOT EXISTS FOR (s:AuditSequence) REQUIRE s.id IS UNIQUE;
