package dev.dossier.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DownloadTokenTest {
    private static final Instant ISSUED = Instant.parse("2025-03-01T12:00:00Z");
    private static final String SECRET = "dl_7yQ1mZ0vXq3bK9sT2uW4eR6tY8iO0pA1sD3fG5hJ7kL";

    private static DownloadToken issue() {
        return DownloadToken.issue(SECRET, TenantId.generate(), DocumentId.generate(), ISSUED);
    }

    @Test
    void givenLifetime_thenFifteenMinutes() {
        assertThat(DownloadToken.LIFETIME).isEqualTo(Duration.ofMinutes(15));
        DownloadToken token = issue();
        assertThat(token.issuedAt()).isEqualTo(ISSUED);
        assertThat(token.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofMinutes(15)));
        assertThat(token.redeemedAt()).isNull();
    }

    @Test
    void givenFreshToken_whenRedeemed_thenRedeemedAtThatTime_andOriginalUntouched() {
        DownloadToken token = issue();
        Instant at = ISSUED.plusSeconds(30);
        DownloadToken redeemed = token.redeem(at);
        assertThat(redeemed.redeemedAt()).isEqualTo(at);
        assertThat(redeemed.secretHash()).isEqualTo(token.secretHash());
        assertThat(redeemed.documentId()).isEqualTo(token.documentId());
        assertThat(redeemed.tenantId()).isEqualTo(token.tenantId());
        assertThat(redeemed.expiresAt()).isEqualTo(token.expiresAt());
        assertThat(token.redeemedAt()).isNull();
    }

    @Test
    void givenRedeemedToken_whenRedeemedAgain_thenRefused() {
        DownloadToken redeemed = issue().redeem(ISSUED.plusSeconds(1));
        assertThat(redeemed.isRedeemableAt(ISSUED.plusSeconds(2))).isFalse();
        assertThatThrownBy(() -> redeemed.redeem(ISSUED.plusSeconds(2)))
                .isInstanceOf(TokenNotRedeemableException.class);
    }

    @Test
    void givenTokenAtExactlyItsExpiry_whenRedeemed_thenRefused() {
        DownloadToken token = issue();
        assertThat(token.isRedeemableAt(token.expiresAt())).isFalse();
        assertThatThrownBy(() -> token.redeem(token.expiresAt())).isInstanceOf(TokenNotRedeemableException.class);
    }

    @Test
    void givenTokenAfterItsExpiry_whenRedeemed_thenRefused() {
        DownloadToken token = issue();
        assertThatThrownBy(() -> token.redeem(token.expiresAt().plusNanos(1)))
                .isInstanceOf(TokenNotRedeemableException.class);
        assertThatThrownBy(() -> token.redeem(ISSUED.plus(Duration.ofDays(1))))
                .isInstanceOf(TokenNotRedeemableException.class);
    }

    @Test
    void givenTokenJustBeforeItsExpiry_whenRedeemed_thenAccepted() {
        DownloadToken token = issue();
        assertThat(token.redeem(token.expiresAt().minusNanos(1)).redeemedAt())
                .isEqualTo(token.expiresAt().minusNanos(1));
    }

    @Test
    void givenSecret_thenHashIsStableHexSha256_andNeverTheSecret() {
        String hash = DownloadToken.hashOf(SECRET);
        assertThat(hash).isNotEqualTo(SECRET).doesNotContain(SECRET).matches("[0-9a-f]{64}");
        assertThat(DownloadToken.hashOf(SECRET)).isEqualTo(hash);
        assertThat(DownloadToken.hashOf(SECRET + "x")).isNotEqualTo(hash);
        assertThat(DownloadToken.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(issue().secretHash()).isEqualTo(hash);
    }

    @Test
    void givenExpiryNotAfterIssue_whenBuilt_thenRefused() {
        assertThatThrownBy(
                        () -> new DownloadToken("h", TenantId.generate(), DocumentId.generate(), ISSUED, ISSUED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
