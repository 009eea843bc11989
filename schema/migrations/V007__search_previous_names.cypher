// Search finds a hospital by the name it had before (previousName, e.g. "Centrallasarettet Växjö"), also when an
// editor sets it without adding it to the aliases. A full-text index cannot gain a property in place: it is made anew,
// with the same folding analyzer as V002.
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.previousName, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
