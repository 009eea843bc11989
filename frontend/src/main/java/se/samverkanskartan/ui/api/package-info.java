/**
 * Access to the GraphQL API: a {@code GraphQlClient} that calls the API in-process by default, or over HTTP when
 * {@code cooperation.api.url} is set, and the records the UI works with.
 */
package se.samverkanskartan.ui.api;
