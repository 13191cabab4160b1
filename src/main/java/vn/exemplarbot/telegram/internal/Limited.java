package vn.exemplarbot.telegram.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops a download that grows past what Telegram allows bots to fetch (20 MB). */
final class Limited extends FilterInputStream {

  private final long max;
  private long read;

  private Limited(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  static InputStream of(InputStream in, long max) {
    return new Limited(in, max);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    count(Math.max(n, 0));
    return n;
  }

  private void count(int n) throws IOException {
    read += n;
    if (read > max) {
      throw new IOException("file larger than " + max + " bytes");
    }
  }
}
