package dev.dossier.domain.workflow;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a workflow collects documents for. */
public enum WorkflowType {
    BUSINESS_APPLICATION,
    BUSINESS_UNDERWRITING,
    ACCOUNT_PROVISIONING;

    public static Optional<WorkflowType> fromWireName(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }

    public static String allowedWireNames() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
