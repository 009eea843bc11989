// Full-text search over names, aliases, descriptions and quotes. The folding analyzer makes "Skåne",
// "skane" and the OCR spelling "Skane" meet, so searches work on Swedish text and on the OCR source alike.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.quote, c.reading]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
