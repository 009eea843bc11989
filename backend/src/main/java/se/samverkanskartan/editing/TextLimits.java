package se.samverkanskartan.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The longest texts a change may hold, in characters, alike through the API and the import: a name is drawn on the
 * map for every viewer, so a 3,000-character name would shrink the map for all of them.
 *
 * @param id a business id (a slug)
 * @param name the name of a node
 * @param alias each alias
 * @param aliases how many aliases one node may have
 * @param description a description or the reason of an inferred fact
 * @param quote the quote of a piece of evidence
 * @param locator where in a document a quote stands
 * @param propertyText the value of a text property (each value of a list)
 */
@ConfigurationProperties("samverkanskartan.editing.text")
record TextLimits(int id, int name, int alias, int aliases, int description, int quote, int locator, int propertyText) {
}
