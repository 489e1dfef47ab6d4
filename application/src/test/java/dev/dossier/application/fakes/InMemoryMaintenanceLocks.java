package dev.dossier.application.fakes;

import dev.dossier.application.port.out.MaintenanceLocks;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Test fake of {@link MaintenanceLocks}: leases in a map. */
public final class InMemoryMaintenanceLocks implements MaintenanceLocks {
    private record Lease(String holder, Instant until) {}

    private final Map<String, Lease> leases = new HashMap<>();

    @Override
    public synchronized boolean tryAcquire(String name, String holder, Instant now, Instant until) {
        Lease current = leases.get(name);
        if (current != null
                && !current.holder().equals(holder)
                && current.until().isAfter(now)) {
            return false;
        }
        leases.put(name, new Lease(holder, until));
        return true;
    }

    @Override
    public synchronized void release(String name, String holder) {
        leases.computeIfPresent(name, (n, lease) -> lease.holder().equals(holder) ? null : lease);
    }
}
