package dev.dossier.bench;

/** What a load generator measured: requests (or transactions) per second, and latency percentiles. */
record Rate(double perSecond, double p50Millis, double p99Millis) {}
