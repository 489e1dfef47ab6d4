/** Driving adapters: the JAX-RS resources of Dossier's API surfaces, one package per surface. */
package dev.dossier.adapters.rest;
