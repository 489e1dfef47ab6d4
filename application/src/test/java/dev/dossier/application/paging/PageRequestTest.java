package dev.dossier.application.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static Map<String, List<String>> errorsOf(String after, String before, String pageSize) {
        try {
            PageRequest.parse(after, before, pageSize);
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("no validation error");
    }

    @Test
    void givenNothing_whenParsed_thenTheNewestFiftyItems() {
        assertThat(PageRequest.parse(null, null, null)).isEqualTo(PageRequest.first(50));
        assertThat(PageRequest.parse("", "  ", "")).isEqualTo(PageRequest.first(50));
    }

    @Test
    void givenCursorAndSize_whenParsed_thenKept() {
        assertThat(PageRequest.parse(" abc ", null, "100")).isEqualTo(PageRequest.after("abc", 100));
        assertThat(PageRequest.parse(null, "xyz", " 1 ")).isEqualTo(PageRequest.before("xyz", 1));
    }

    @Test
    void givenPageSizeOutOfBounds_whenParsed_then400OnPageSize() {
        assertThat(errorsOf(null, null, "0"))
                .isEqualTo(Map.of("page_size", List.of("Ensure this value is greater than or equal to 1.")));
        assertThat(errorsOf(null, null, "-5"))
                .isEqualTo(Map.of("page_size", List.of("Ensure this value is greater than or equal to 1.")));
        assertThat(errorsOf(null, null, "101"))
                .isEqualTo(Map.of("page_size", List.of("Ensure this value is less than or equal to 100.")));
        assertThat(errorsOf(null, null, "99999999999999999999"))
                .isEqualTo(Map.of("page_size", List.of("Ensure this value is less than or equal to 100.")));
        for (String notAnInteger : List.of("ten", "1.5", "1e3", "0x10", "٣", "5 5")) {
            assertThat(errorsOf(null, null, notAnInteger))
                    .isEqualTo(Map.of("page_size", List.of("A valid integer is required.")));
        }
    }

    @Test
    void givenAfterAndBefore_whenParsed_then400OnBoth_togetherWithAPageSizeError() {
        assertThat(errorsOf("a", "b", "1000"))
                .isEqualTo(Map.of(
                        "after", List.of("Use either after or before, not both."),
                        "before", List.of("Use either after or before, not both."),
                        "page_size", List.of("Ensure this value is less than or equal to 100.")));
    }

    @Test
    void givenInconsistentValues_whenConstructed_thenRefusedAsAProgrammingError() {
        assertThatThrownBy(() -> new PageRequest(Optional.of("a"), Optional.of("b"), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.first(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
