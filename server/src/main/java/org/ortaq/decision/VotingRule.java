package org.ortaq.decision;

import java.util.Locale;

/** How the ballots of member organizations decide; abstentions count for the quorum only. */
public enum VotingRule {
  /** More yes than no. */
  MAJORITY,
  /** At least two thirds of the yes and no ballots are yes. */
  TWO_THIRDS,
  /** At least one yes and no "no". */
  CONSENSUS;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static VotingRule parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /** Whether {@code yes} and {@code no} ballots carry the proposal under this rule. */
  public boolean carries(int yes, int no) {
    return switch (this) {
      case MAJORITY -> yes > no;
      case TWO_THIRDS -> yes > 0 && yes * 3 >= (yes + no) * 2;
      case CONSENSUS -> yes > 0 && no == 0;
    };
  }
}
