// Decks of saved views for meetings (the deck feature): labels of their own, never :Entity, so that no read of the
// cooperation graph meets them. Decks by id, by owner and the published ones; slides by id.
CREATE CONSTRAINT deck_id IF NOT EXISTS FOR (d:Deck) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT slide_id IF NOT EXISTS FOR (s:Slide) REQUIRE s.id IS UNIQUE;
CREATE INDEX deck_owner IF NOT EXISTS FOR (d:Deck) ON (d.owner);
CREATE INDEX deck_shared IF NOT EXISTS FOR (d:Deck) ON (d.shared);
