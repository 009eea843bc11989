// Facility.facilityKind became a closed set (PRODUCTION_THEATRE, OTHER) with an enum in the schema. A value written
// through the API while it was free text would fail to be read; it becomes OTHER, and its text moves to the end of
// the description so that nothing written is lost.
MATCH (n:Facility)
WHERE n.facilityKind IS NOT NULL AND NOT n.facilityKind IN ['PRODUCTION_THEATRE', 'OTHER']
SET n.description = CASE WHEN n.description IS NULL OR n.description = '' THEN '' ELSE n.description + ' ' END
      + '(Typ: ' + n.facilityKind + ')',
    n.facilityKind = 'OTHER';
