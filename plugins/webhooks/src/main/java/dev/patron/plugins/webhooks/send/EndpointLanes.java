package dev.patron.plugins.webhooks.send;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The claimed deliveries of each endpoint, sent at most the endpoint's cap at a time; the rest wait
 * their turn here (a claim takes several rounds' worth at once). Used from one event loop.
 */
final class EndpointLanes {

  private final class Lane {
    int running;
    final ArrayDeque<Claim> waiting = new ArrayDeque<>();
  }

  private final int cap;
  private final int depth;
  private final Consumer<Claim> send;
  private final Map<UUID, Lane> lanes = new HashMap<>();

  /** @param depth how many claimed deliveries an endpoint may hold here, running and waiting */
  EndpointLanes(int cap, int depth, Consumer<Claim> send) {
    this.cap = cap;
    this.depth = depth;
    this.send = send;
  }

  /** How many more of the endpoint's deliveries a claim may bring. */
  int room(EndpointKey endpoint) {
    Lane lane = lanes.get(endpoint.endpointId());
    return lane == null ? depth : depth - lane.running - lane.waiting.size();
  }

  void add(Claim claim) {
    Lane lane = lanes.computeIfAbsent(claim.endpointId(), id -> new Lane());
    if (lane.running < cap) {
      lane.running++;
      send.accept(claim);
    } else {
      lane.waiting.add(claim);
    }
  }

  /** One of the endpoint's attempts is over: the next waiting one goes. */
  void done(Claim claim) {
    Lane lane = lanes.get(claim.endpointId());
    if (lane == null) {
      return;
    }
    Claim next = lane.waiting.poll();
    if (next != null) {
      send.accept(next);
    } else if (--lane.running == 0) {
      lanes.remove(claim.endpointId());
    }
  }
}
