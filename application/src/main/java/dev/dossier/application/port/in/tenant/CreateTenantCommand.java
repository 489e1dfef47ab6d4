package dev.dossier.application.port.in.tenant;

/** Input of {@link CreateTenantUseCase}; the name is checked by the domain. */
public record CreateTenantCommand(String name) {}
