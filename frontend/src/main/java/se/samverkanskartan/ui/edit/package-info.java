/**
 * Editing for editors and administrators: forms for every kind of node, relations drawn from the map, evidence,
 * the audit trail and undo. Everything goes through the API's mutations, which validate, lock and record; the forms
 * show the API's answers field by field.
 */
package se.samverkanskartan.ui.edit;
