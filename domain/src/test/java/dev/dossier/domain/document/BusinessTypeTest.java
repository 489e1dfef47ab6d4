package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BusinessTypeTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Bank Statement -> bank_statement
                "Bank Statement|BANK_STATEMENT",
                "bank statement|BANK_STATEMENT",
                "Bank Statements (last 3 months)|BANK_STATEMENT",
                "BANK STATEMENT|BANK_STATEMENT",
                // Passport / ID / Driver's License -> identification
                "Passport|IDENTIFICATION",
                "passport copy|IDENTIFICATION",
                "ID|IDENTIFICATION",
                "National ID Card|IDENTIFICATION",
                "Photo ID|IDENTIFICATION",
                "Driver's License|IDENTIFICATION",
                "Driver’s License|IDENTIFICATION",
                "Drivers Licence|IDENTIFICATION",
                "Identification|IDENTIFICATION",
                "Proof of Identity|IDENTIFICATION",
                // Tax... -> tax_form
                "Tax Return|TAX_FORM",
                "Tax Form|TAX_FORM",
                "tax certificate|TAX_FORM",
                "Annual Tax Statement|TAX_FORM",
                // Contract / Agreement -> contract
                "Contract|CONTRACT",
                "Service Agreement|CONTRACT",
                "Employment contract|CONTRACT",
                "Shareholders' Agreement|CONTRACT",
                // License / Permit -> license
                "Business License|LICENSE",
                "Operating Licence|LICENSE",
                "Permit|LICENSE",
                "Building permit|LICENSE",
                // anything else -> other
                "Utility Bill|OTHER",
                "Certificate of Incorporation|OTHER",
                "Financial Statement|OTHER",
                "Policy Document|OTHER",
                "Video|OTHER",
                "Other|OTHER"
            })
    void givenLabel_whenMapped_thenBusinessTypeOfTheContract(String label, BusinessType expected) {
        assertThat(BusinessType.fromLabel(label)).isEqualTo(expected);
    }

    @Test
    void givenLabelStartingWithTaxi_whenMapped_thenNotATaxForm() {
        assertThat(BusinessType.fromLabel("Taxi License")).isEqualTo(BusinessType.LICENSE);
        assertThat(BusinessType.fromLabel("Taxicab Permit")).isEqualTo(BusinessType.LICENSE);
    }

    @Test
    void givenTaxLabelAfterPunctuation_whenMapped_thenTaxForm() {
        assertThat(BusinessType.fromLabel("Income-Tax Return")).isEqualTo(BusinessType.TAX_FORM);
        assertThat(BusinessType.fromLabel("W-9 (Tax)")).isEqualTo(BusinessType.TAX_FORM);
    }

    @Test
    void givenDrivingLicence_whenMapped_thenIdentification() {
        assertThat(BusinessType.fromLabel("Driving Licence")).isEqualTo(BusinessType.IDENTIFICATION);
    }

    @ParameterizedTest
    @EnumSource(BusinessType.class)
    void givenOwnLabel_whenMapped_thenMapsBackToItself(BusinessType type) {
        // a document uploaded on the business surface gets type.label(); reading it back must agree
        assertThat(BusinessType.fromLabel(type.label())).isEqualTo(type);
    }

    @Test
    void givenWireNames_thenTheSixValuesOfTheBusinessSurface() {
        assertThat(BusinessType.values())
                .extracting(BusinessType::wireName)
                .containsExactly("identification", "bank_statement", "tax_form", "contract", "license", "other");
        assertThat(BusinessType.fromWireName("bank_statement")).contains(BusinessType.BANK_STATEMENT);
        assertThat(BusinessType.fromWireName("Bank_Statement")).isEmpty();
        assertThat(BusinessType.fromWireName("passport")).isEmpty();
    }
}
