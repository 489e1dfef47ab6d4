/** Bootstrap: the WAR's wiring — settings, adapter choice, use-case producers, start-up, health. */
package dev.dossier.bootstrap;
