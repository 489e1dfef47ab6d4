/**
 * What operators see of each request: its request id, the access log line, the latency by route and
 * status, and the token that guards the metrics endpoint.
 */
package dev.dossier.adapters.rest.observability;
