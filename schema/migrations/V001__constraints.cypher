// Business ids are unique across every kind of node: any node can be found by its id alone.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT status_id IF NOT EXISTS FOR (s:StatusObservation) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (s:SeedState) REQUIRE s.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
