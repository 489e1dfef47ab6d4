package dev.dossier.adapters.storage.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClamdAddressTest {

    @Test
    void givenHostAndPort_whenParsed_thenTcp() {
        ClamdAddress a = ClamdAddress.parse(" clamav.internal:3310 ");
        assertThat(a.isUnix()).isFalse();
        assertThat(a).isEqualTo(ClamdAddress.tcp("clamav.internal", 3310));
        assertThat(a.toString()).isEqualTo("clamav.internal:3310");
        assertThat(((InetSocketAddress) ClamdAddress.parse("127.0.0.1:3310").socketAddress()).getPort())
                .isEqualTo(3310);
    }

    @Test
    void givenAnIpv6Literal_whenParsed_thenTcpWithoutTheBrackets() {
        ClamdAddress a = ClamdAddress.parse("[::1]:3310");
        assertThat(a).isEqualTo(ClamdAddress.tcp("::1", 3310));
        assertThat(a.toString()).isEqualTo("[::1]:3310");
    }

    @Test
    void givenAUnixSocket_whenParsed_thenItsPath() {
        ClamdAddress a = ClamdAddress.parse("unix:/run/clamav/clamd.ctl");
        assertThat(a.isUnix()).isTrue();
        assertThat(a.socketAddress()).isEqualTo(UnixDomainSocketAddress.of("/run/clamav/clamd.ctl"));
        assertThat(a.toString()).isEqualTo("unix:/run/clamav/clamd.ctl");
        assertThat(a).isEqualTo(ClamdAddress.unix(Path.of("/run/clamav/clamd.ctl")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "clamd",
                "clamd:",
                ":3310",
                "clamd:port",
                "clamd:0",
                "clamd:70000",
                "::1:3310",
                "unix:relative/clamd.ctl"
            })
    void givenAnythingElse_whenParsed_thenRefusedSayingWhatIsExpected(String raw) {
        assertThatThrownBy(() -> ClamdAddress.parse(raw)).isInstanceOf(IllegalArgumentException.class);
    }
}
