/** Healthcare regions, regions, municipalities and hospitals, and who a hospital cooperates with. */
@NullMarked
package se.samverkanskartan.organisation;

import org.jspecify.annotations.NullMarked;
