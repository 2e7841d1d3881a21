package dev.patron.plugins.webhooks;

import dev.patron.plugins.webhooks.send.Sender;

/**
 * The sender this plugin started, for the parts that wake it (the listener after queueing, the
 * replay routes). PF4J makes each extension apart; they meet here, in the plugin's class loader.
 */
final class RunningSender {

  private static volatile Sender sender;

  private RunningSender() {
  }

  static void set(Sender started) {
    sender = started;
  }

  static void wake() {
    Sender current = sender;
    if (current != null) {
      current.wake();
    }
  }
}
