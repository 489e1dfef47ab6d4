package dev.dossier.domain.workflow;

import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.shared.Text;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A document a workflow asks for: a type code (PASSPORT, BANK_STATEMENT, …), a name and what is required. */
public record RequiredDocument(
        RequiredDocumentId id,
        TenantId tenantId,
        WorkflowId workflowId,
        String documentTypeCode,
        String name,
        String category,
        String requirementText,
        Instant createdAt) {
    public static final String CATEGORY = "REQUIREMENT";
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,63}$");

    public RequiredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(documentTypeCode, "documentTypeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static RequiredDocument create(
            Workflow workflow, String documentTypeCode, String name, String requirementText, Instant now) {
        workflow.requireOpen();
        return new RequiredDocument(
                RequiredDocumentId.generate(),
                workflow.tenantId(),
                workflow.id(),
                validCode(documentTypeCode),
                validName(name),
                CATEGORY,
                validRequirementText(requirementText),
                now);
    }

    public static String validCode(String code) {
        String c = Text.required("document_type_code", code, 64);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidValueException(
                    "document_type_code",
                    "Use upper-case letters, digits and underscores, starting with a letter (e.g. PASSPORT).");
        }
        return c;
    }

    public static String validName(String name) {
        return Text.required("name", name, 255);
    }

    public static String validRequirementText(String text) {
        return text == null || text.isBlank() ? null : Text.required("requirement_text", text, 2000);
    }
}
