// Relationships are found by their id (edits, evidence, undo, the import's check that an id is new). Neo4j indexes
// relationship properties per type, so every type has one; a new RelationType needs its line here
// (RelationIdIndexTest says which is missing).
CREATE INDEX rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX rel_operates_id IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.id);
CREATE INDEX rel_belongs_to_id IF NOT EXISTS FOR ()-[r:BELONGS_TO]-() ON (r.id);
CREATE INDEX rel_participates_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.id);
CREATE INDEX rel_leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);
CREATE INDEX rel_targets_id IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.id);
CREATE INDEX rel_assigned_to_id IF NOT EXISTS FOR ()-[r:ASSIGNED_TO]-() ON (r.id);
CREATE INDEX rel_from_id IF NOT EXISTS FOR ()-[r:FROM]-() ON (r.id);
CREATE INDEX rel_to_id IF NOT EXISTS FOR ()-[r:TO]-() ON (r.id);
CREATE INDEX rel_between_id IF NOT EXISTS FOR ()-[r:BETWEEN]-() ON (r.id);
CREATE INDEX rel_via_id IF NOT EXISTS FOR ()-[r:VIA]-() ON (r.id);
CREATE INDEX rel_party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.id);
CREATE INDEX rel_governs_id IF NOT EXISTS FOR ()-[r:GOVERNS]-() ON (r.id);
CREATE INDEX rel_decided_by_id IF NOT EXISTS FOR ()-[r:DECIDED_BY]-() ON (r.id);
CREATE INDEX rel_decides_id IF NOT EXISTS FOR ()-[r:DECIDES]-() ON (r.id);
CREATE INDEX rel_concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.id);
CREATE INDEX rel_supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX rel_coordinates_id IF NOT EXISTS FOR ()-[r:COORDINATES]-() ON (r.id);
CREATE INDEX rel_follows_up_id IF NOT EXISTS FOR ()-[r:FOLLOWS_UP]-() ON (r.id);
CREATE INDEX rel_held_at_id IF NOT EXISTS FOR ()-[r:HELD_AT]-() ON (r.id);
CREATE INDEX rel_held_by_id IF NOT EXISTS FOR ()-[r:HELD_BY]-() ON (r.id);
CREATE INDEX rel_about_id IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.id);
CREATE INDEX rel_hinders_id IF NOT EXISTS FOR ()-[r:HINDERS]-() ON (r.id);
