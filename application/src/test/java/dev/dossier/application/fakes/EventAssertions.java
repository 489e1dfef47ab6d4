package dev.dossier.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.event.DomainEvent;
import java.util.Collection;
import java.util.Objects;

/** Checks on published events shared by the services' tests. */
public final class EventAssertions {
    private EventAssertions() {}

    /** None of the events' data values mentions any of {@code personal} (names, file names, emails). */
    public static void mentionNone(Collection<DomainEvent> events, String... personal) {
        assertThat(events).isNotEmpty();
        for (DomainEvent event : events) {
            for (String value :
                    event.data().values().stream().filter(Objects::nonNull).toList()) {
                for (String p : personal) {
                    assertThat(value).as("%s data", event.type().wireName()).doesNotContainIgnoringCase(p);
                }
            }
        }
    }
}
