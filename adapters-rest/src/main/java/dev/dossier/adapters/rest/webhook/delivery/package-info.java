/** Outgoing HTTP adapter: sends webhook requests and resolves their hosts. */
package dev.dossier.adapters.rest.webhook.delivery;
