package dev.dossier.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReopeningChannelTest {
    private final byte[] bytes = new byte[100_000];
    private int opens;

    ReopeningChannelTest() {
        new Random(7).nextBytes(bytes);
    }

    /** Content that can only be streamed, whose stream skips by reading (as a network stream does). */
    private final StorableContent content = new StorableContent() {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public String sha256() {
            return "unused";
        }

        @Override
        public InputStream open() {
            opens++;
            return new ByteArrayInputStream(bytes) {
                @Override
                public synchronized long skip(long n) {
                    return super.skip(Math.min(n, 1000));
                }
            };
        }
    };

    private static byte[] readAt(SeekableByteChannel ch, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        ch.position(position);
        while (b.hasRemaining() && ch.read(b) > 0) {
            // until full or the end
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private byte[] expected(int position, int length) {
        return java.util.Arrays.copyOfRange(bytes, position, Math.min(bytes.length, position + length));
    }

    @Test
    void givenForwardReads_thenTheSameBytesAsTheStreamFromOneOpen() throws IOException {
        try (SeekableByteChannel ch = content.openChannel()) {
            assertThat(ch.size()).isEqualTo(bytes.length);
            assertThat(readAt(ch, 10, 300)).isEqualTo(expected(10, 300));
            assertThat(readAt(ch, 50_000, 40_000)).isEqualTo(expected(50_000, 40_000));
            assertThat(readAt(ch, 99_990, 100)).isEqualTo(expected(99_990, 100));
        }
        assertThat(opens).isEqualTo(1);
    }

    @Test
    void givenBackwardSeek_thenReopenedAndStillTheSameBytes() throws IOException {
        try (SeekableByteChannel ch = content.openChannel()) {
            assertThat(readAt(ch, 99_000, 1_000)).isEqualTo(expected(99_000, 1_000));
            assertThat(readAt(ch, 0, 30)).isEqualTo(expected(0, 30));
            assertThat(readAt(ch, 20, 30)).isEqualTo(expected(20, 30));
        }
        assertThat(opens).isEqualTo(3);
    }

    @Test
    void givenPositionAtOrPastTheEnd_thenMinusOne() throws IOException {
        try (SeekableByteChannel ch = content.openChannel()) {
            assertThat(ch.position(bytes.length).read(ByteBuffer.allocate(1))).isEqualTo(-1);
            assertThat(ch.position(bytes.length + 5L).read(ByteBuffer.allocate(1)))
                    .isEqualTo(-1);
        }
    }

    @Test
    void givenWriteOrUseAfterClose_thenRefused() throws IOException {
        SeekableByteChannel ch = content.openChannel();
        assertThatThrownBy(() -> ch.write(ByteBuffer.allocate(1))).isInstanceOf(NonWritableChannelException.class);
        assertThatThrownBy(() -> ch.truncate(1)).isInstanceOf(NonWritableChannelException.class);
        ch.close();
        assertThat(ch.isOpen()).isFalse();
        assertThatThrownBy(() -> ch.read(ByteBuffer.allocate(1))).isInstanceOf(ClosedChannelException.class);
    }

    @Test
    void givenContentShorterThanItsSize_whenReadPastItsEnd_thenAnError() throws IOException {
        StorableContent shorter = new StorableContent() {
            @Override
            public long size() {
                return 10;
            }

            @Override
            public String sha256() {
                return "unused";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(new byte[4]) {
                    @Override
                    public synchronized long skip(long n) {
                        return 0;
                    }
                };
            }
        };
        try (SeekableByteChannel ch = shorter.openChannel()) {
            assertThatThrownBy(() -> ch.position(8).read(ByteBuffer.allocate(1)))
                    .isInstanceOf(IOException.class);
        }
    }
}
