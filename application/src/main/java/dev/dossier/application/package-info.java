/** The application layer: use cases (port.in), what they need from the outside (port.out) and the services. */
package dev.dossier.application;
