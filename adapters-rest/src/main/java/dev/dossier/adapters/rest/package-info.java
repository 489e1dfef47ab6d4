/**
 * Driving adapters: the JAX-RS resources of Dossier's API surfaces, one package per surface, and what they share in
 * packages named for what it is.
 */
package dev.dossier.adapters.rest;
