/** Use cases: entity erasure and the pending deletion of objects. */
package dev.dossier.application.service.erasure;
