/** Services: documents at rest — data keys, sealing and opening objects, key rotation, encrypting old objects. */
package dev.dossier.application.service.crypto;
