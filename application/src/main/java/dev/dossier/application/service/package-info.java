/** Services: one class per use case, plain Java wired by the bootstrap module. */
package dev.dossier.application.service;
