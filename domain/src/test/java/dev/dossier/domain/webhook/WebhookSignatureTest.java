package dev.dossier.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void givenStandardWebhooksTestVector_whenSigned_thenThePublishedSignature() {
        byte[] key = WebhookSignature.keyOf("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        assertThat(WebhookSignature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void givenOtherBodyOrTimestamp_whenSigned_thenOtherSignature() {
        byte[] key = WebhookSignature.keyOf("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String signed =
                WebhookSignature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(WebhookSignature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265331L, "{\"test\": 2432232314}"))
                .isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232315}"))
                .isNotEqualTo(signed);
    }

    @Test
    void givenThirtyTwoBytes_whenMadeASecret_thenWhsecAndTheirBase64_andItsKeyIsThoseBytes() {
        byte[] random = new byte[32];
        random[0] = 7;
        String secret = WebhookSignature.secretOf(random);

        assertThat(secret).startsWith("whsec_").hasSize(6 + 44);
        assertThat(WebhookSignature.keyOf(secret)).isEqualTo(random);
        assertThatThrownBy(() -> WebhookSignature.secretOf(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
