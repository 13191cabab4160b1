package vn.exemplarbot.clock;

import java.time.ZoneId;

/** The department's time zone: every deadline and every date shown is in it. */
public final class Zones {

  public static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");

  private Zones() {}
}
