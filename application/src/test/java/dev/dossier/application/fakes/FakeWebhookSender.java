package dev.dossier.application.fakes;

import dev.dossier.application.port.out.WebhookSender;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Test fake of {@link WebhookSender}: answers from a queue (200 when empty) and records each request. */
public final class FakeWebhookSender implements WebhookSender {
    public record Sent(URI url, Map<String, String> headers, String body) {}

    private final Deque<OptionalInt> answers = new ArrayDeque<>();
    private final List<Sent> sent = new ArrayList<>();

    /** The next answers, in order; {@code null} for no answer (a timeout). */
    public synchronized FakeWebhookSender answer(Integer... statuses) {
        for (Integer s : statuses) {
            answers.add(s == null ? OptionalInt.empty() : OptionalInt.of(s));
        }
        return this;
    }

    @Override
    public synchronized OptionalInt post(URI url, Map<String, String> headers, String body, Duration timeout) {
        sent.add(new Sent(url, Map.copyOf(headers), body));
        return answers.isEmpty() ? OptionalInt.of(200) : answers.poll();
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}
