/**
 * Who uses the UI: the login view, the UI's security filter chain (form login against the same users as the API)
 * and {@link se.samverkanskartan.ui.security.CurrentUser}, which tells the page whether to offer editing.
 */
package se.samverkanskartan.ui.security;
