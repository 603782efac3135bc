package io.briefing.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What one thread makes reaches the stream whole and in order, and a failure on either side stops both. */
class HandOffTest {
    private static final Executor THREAD = r -> new Thread(r, "hand-off-test").start();

    @Test
    void copiesEverythingInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HandOff.copy(o -> {
            for (int i = 0; i < 10_000; i++) {
                o.write(("row " + i + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }, THREAD, out);
        String text = out.toString(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(text).startsWith("row 0\nrow 1\n").endsWith("row 9999\n");
        assertThat(text.lines().count()).isEqualTo(10_000);
    }

    @Test
    void aFailingProducerFailsTheCopyWithItsOwnException() {
        assertThatThrownBy(() -> HandOff.copy(o -> {
            o.write(new byte[100]);
            throw new IllegalStateException("row 7 could not be made");
        }, THREAD, OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalStateException.class).hasMessage("row 7 could not be made");
    }

    @Test
    void aFailingStreamStopsTheProducer() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> HandOff.copy(o -> {
            try {
                while (true) {
                    o.write(new byte[1 << 16]); // would never end unless told to stop
                }
            } finally {
                stopped.countDown();
            }
        }, THREAD, full)).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the producer stopped").isTrue();
    }
}
