/** Deny-by-default bearer authentication: the filter, the caller it leaves on the request, and the endpoint markers. */
package dev.dossier.adapters.rest.auth;
