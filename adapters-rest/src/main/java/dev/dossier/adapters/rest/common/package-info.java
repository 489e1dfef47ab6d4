/** What every surface shares: authentication, JSON, error bodies, multipart parsing, time formats. */
package dev.dossier.adapters.rest.common;
