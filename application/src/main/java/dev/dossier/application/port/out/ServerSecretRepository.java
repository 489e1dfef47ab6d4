package dev.dossier.application.port.out;

/**
 * Port: secrets that every server instance must share (the key cursors are signed with), kept where
 * all instances see them. Never in a file of one instance.
 */
public interface ServerSecretRepository {
    /**
     * The secret stored under {@code name}; when there is none yet, {@code candidate} is stored first.
     * Any number of concurrent callers, on any number of instances, all get the one value that was
     * stored, which never changes afterwards.
     */
    String getOrCreate(String name, String candidate);
}
