package io.interphase.console.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses to read past a limit, so that a huge body cannot exhaust the server's memory, and a body that
 * trickles in slower than {@value #MIN_BYTES_PER_SECOND} bytes a second (after {@value #GRACE_MS} ms), so
 * that slow clients cannot hold the server's threads. A client that sends nothing at all is cut by the
 * server's idle timeout.
 */
final class LimitedInputStream extends FilterInputStream {
    static final long MIN_BYTES_PER_SECOND = 2048;
    static final long GRACE_MS = 2000;
    private final long limit;
    private final long start = System.nanoTime();
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        count += n;
        if (count > limit) {
            throw new Rejected(413, "body", "the body exceeds " + limit + " bytes");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms > GRACE_MS && count * 1000 / ms < MIN_BYTES_PER_SECOND) {
            throw new Rejected(408, "body", "the body arrived at " + count * 1000 / ms + " bytes/s; at least "
                    + MIN_BYTES_PER_SECOND + " are needed");
        }
    }
}
