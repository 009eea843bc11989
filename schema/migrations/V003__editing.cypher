// The audit trail: entries by id, per fact, and in the order they were written.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_entry_entity IF NOT EXISTS FOR (e:AuditEntry) ON (e.entityId);
CREATE INDEX audit_entry_seq IF NOT EXISTS FOR (e:AuditEntry) ON (e.seq);
CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (e:AuditEntry) ON (e.actor);
// Seed facts deleted through the API: the data loader does not bring them back.
CREATE CONSTRAINT tombstone_id IF NOT EXISTS FOR (t:Tombstone) REQUIRE t.id IS UNIQUE;
