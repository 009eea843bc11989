/** Groups (chefssamråd, operations groups, teams, working groups) and the single points of dependency they form. */
@NullMarked
package se.samverkanskartan.group;

import org.jspecify.annotations.NullMarked;
