/**
 * The cooperation map in the browser, built with Vaadin Flow. It reads data only through the GraphQL API
 * ({@link se.samverkanskartan.ui.api}); an architecture test keeps it from importing anything else of the
 * application, so that the same UI can run against a remote backend.
 */
package se.samverkanskartan.ui;
