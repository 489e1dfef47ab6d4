package dev.dossier.application.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.paging.KeysetRequest.Direction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CursorCodecTest {
    private static final byte[] KEY = "k".repeat(43).getBytes(StandardCharsets.UTF_8);
    private static final String TENANT = "6f1c2a7e-1d2b-4c3d-9e8f-0a1b2c3d4e5f";
    private static final CursorScope LIBRARY = CursorScope.of("documents", TENANT, "library", Optional.empty());
    private static final KeysetPosition POSITION = new KeysetPosition(
            Instant.parse("2026-03-02T10:15:30.123456789Z"), UUID.fromString("550e8400-e29b-41d4-a716-446655440000"));

    private final CursorCodec codec = CursorCodec.withKey(KEY::clone);

    @Test
    void givenPosition_whenEncodedAndDecodedOnTheSameListAndDirection_thenTheSamePositionToTheNanosecond() {
        for (Direction direction : Direction.values()) {
            String cursor = codec.encode(LIBRARY, direction, POSITION);
            assertThat(codec.decode(LIBRARY, direction, cursor)).contains(POSITION);
        }
    }

    @Test
    void givenCursor_thenItIsUrlSafeOpaqueAndRevealsNothingOfTheList() {
        String cursor = codec.encode(LIBRARY, Direction.OLDER, POSITION);
        assertThat(cursor).matches("[A-Za-z0-9_-]{83}");
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain("documents", "library", TENANT);
    }

    @Test
    void givenPositionsAtTheEdgesOfTime_whenRoundTripped_thenKept() {
        Instant beforeEpoch = Instant.parse("1969-12-31T23:59:59.999999Z");
        for (Instant at : List.of(Instant.EPOCH, beforeEpoch, Instant.MAX, Instant.MIN)) {
            KeysetPosition p = new KeysetPosition(at, UUID.randomUUID());
            assertThat(codec.decode(LIBRARY, Direction.NEWER, codec.encode(LIBRARY, Direction.NEWER, p)))
                    .contains(p);
        }
    }

    @Test
    void givenCursor_whenAnyCharacterIsChanged_thenRefused() {
        String cursor = codec.encode(LIBRARY, Direction.OLDER, POSITION);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < cursor.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c == cursor.charAt(i)) {
                    continue;
                }
                String tampered = cursor.substring(0, i) + c + cursor.substring(i + 1);
                assertThat(codec.decode(LIBRARY, Direction.OLDER, tampered))
                        .as("changed at %d to %s", i, c)
                        .isEmpty();
            }
        }
    }

    @Test
    void givenCursorWithItsPositionRewrittenAndNoKey_whenDecoded_thenRefused() {
        byte[] token = Base64.getUrlDecoder().decode(codec.encode(LIBRARY, Direction.OLDER, POSITION));
        ByteBuffer.wrap(token).putLong(2, POSITION.createdAt().getEpochSecond() - 86_400);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        assertThat(codec.decode(LIBRARY, Direction.OLDER, forged)).isEmpty();
    }

    @Test
    void givenCursorOfOneList_whenUsedOnAnotherTenantOwnerFilterOrKindOfList_thenRefused() {
        String cursor = codec.encode(LIBRARY, Direction.OLDER, POSITION);
        List<CursorScope> others = List.of(
                CursorScope.of("documents", UUID.randomUUID().toString(), "library", Optional.empty()),
                CursorScope.of("documents", TENANT, "entity:" + UUID.randomUUID(), Optional.empty()),
                CursorScope.of("documents", TENANT, "library", Optional.of("passport")),
                CursorScope.of("documents", TENANT, "library", Optional.of("")),
                CursorScope.of("entities", TENANT, "library", Optional.empty()),
                CursorScope.of("documents", TENANT, "library"),
                CursorScope.of("documents", TENANT + "library", Optional.empty()));
        for (CursorScope other : others) {
            assertThat(codec.decode(other, Direction.OLDER, cursor))
                    .as(other.toString())
                    .isEmpty();
        }
        CursorScope same = CursorScope.of("documents", TENANT, "library", Optional.empty());
        assertThat(codec.decode(same, Direction.OLDER, cursor)).contains(POSITION);
    }

    @Test
    void givenNextCursor_whenUsedAsPrevious_thenRefused() {
        assertThat(codec.decode(LIBRARY, Direction.NEWER, codec.encode(LIBRARY, Direction.OLDER, POSITION)))
                .isEmpty();
        assertThat(codec.decode(LIBRARY, Direction.OLDER, codec.encode(LIBRARY, Direction.NEWER, POSITION)))
                .isEmpty();
    }

    @Test
    void givenCursorSignedWithAnotherKey_whenDecoded_thenRefused() {
        CursorCodec otherServerKey = CursorCodec.withKey(() -> "another-key".getBytes(StandardCharsets.UTF_8));
        assertThat(codec.decode(LIBRARY, Direction.OLDER, otherServerKey.encode(LIBRARY, Direction.OLDER, POSITION)))
                .isEmpty();
    }

    @Test
    void givenGarbage_whenDecoded_thenRefusedWithoutAnException() {
        String valid = codec.encode(LIBRARY, Direction.OLDER, POSITION);
        byte[] random = new byte[62];
        new SecureRandom().nextBytes(random);
        List<String> garbage = List.of(
                "",
                " ",
                "null",
                "abc",
                "%%%",
                "=".repeat(83),
                "😀".repeat(40),
                valid + "A",
                valid.substring(1),
                valid + "==",
                " " + valid.substring(1),
                valid.substring(0, 10) + '+' + valid.substring(11),
                Base64.getUrlEncoder().withoutPadding().encodeToString(random),
                Base64.getUrlEncoder().encodeToString(random),
                Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[62]),
                "x".repeat(100_000));
        for (String g : garbage) {
            assertThat(codec.decode(LIBRARY, Direction.OLDER, g))
                    .as(g.length() > 90 ? "long" : g)
                    .isEmpty();
        }
        assertThat(codec.decode(LIBRARY, Direction.OLDER, null)).isEmpty();
    }

    @Test
    void givenOtherSpellingOfTheSameBytes_whenDecoded_thenRefused() {
        String cursor = codec.encode(LIBRARY, Direction.OLDER, POSITION);
        // 62 bytes end in a 2-byte group: the last character carries 2 unused bits
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(cursor.charAt(cursor.length() - 1));
        String sameBytes = cursor.substring(0, cursor.length() - 1) + alphabet.charAt(last | 1);
        if (!sameBytes.equals(cursor)) {
            assertThat(Base64.getUrlDecoder().decode(sameBytes))
                    .isEqualTo(Base64.getUrlDecoder().decode(cursor));
            assertThat(codec.decode(LIBRARY, Direction.OLDER, sameBytes)).isEmpty();
        }
    }

    @Test
    void givenCursor_thenItsMacIsHmacSha256OverLabelScopeAndPayload() throws Exception {
        String cursor = codec.encode(LIBRARY, Direction.OLDER, POSITION);
        byte[] token = Base64.getUrlDecoder().decode(cursor);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        mac.update("dossier.cursor.v1".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer scope = ByteBuffer.allocate(1024);
        putString(scope, "documents");
        scope.putInt(3);
        putString(scope, "+" + TENANT);
        putString(scope, "+library");
        putString(scope, "-");
        mac.update(scope.array(), 0, scope.position());
        mac.update(token, 0, 30);
        assertThat(HexFormat.of().formatHex(token, 30, 62))
                .isEqualTo(HexFormat.of().formatHex(mac.doFinal()));
        assertThat(token[0]).isEqualTo((byte) 1);
    }

    @Test
    void givenKeySupplier_thenItIsAskedOnUseNotOnConstruction() {
        int[] asked = {0};
        CursorCodec lazy = CursorCodec.withKey(() -> {
            asked[0]++;
            return KEY.clone();
        });
        assertThat(asked[0]).isZero();
        lazy.decode(LIBRARY, Direction.OLDER, "garbage");
        assertThat(asked[0]).as("garbage is refused before the key is needed").isZero();
        lazy.encode(LIBRARY, Direction.OLDER, POSITION);
        assertThat(asked[0]).isEqualTo(1);
    }

    private static void putString(ByteBuffer b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b.putInt(bytes.length).put(bytes);
    }
}
