/**
 * Test fixtures for bootstrap's wiring rules: classes shaped like services and collaborators, in a
 * package the rules govern, each one case of what makes a class a component or not.
 */
package dev.dossier.application.service.wiringsamples;
