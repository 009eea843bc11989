/**
 * Who may use the API: users with a password (HTTP Basic, verified once and then remembered for a while), bearer
 * JWTs from an identity provider, and API keys for other systems; roles VIEWER, EDITOR and ADMIN. The API's filter
 * chain matches only the API paths, so the UI can bring its own chain for everything else.
 */
@NullMarked
package se.samverkanskartan.security;

import org.jspecify.annotations.NullMarked;
