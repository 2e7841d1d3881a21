package dev.patron.server.plugins.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.core.event.EventPosition;
import dev.patron.core.event.PluginDeliveryRepository;
import dev.patron.server.db.EmbeddedDatabase;
import dev.patron.server.db.SchemaMigrations;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances' steps that read the same events from one partition's cursor: the one that moves
 * it first delivers, the other finds it moved and delivers nothing — also when the other read a
 * longer batch, which "move forward from wherever it is" would deliver again. On a real PostgreSQL.
 */
class StepCursorIT {

  private static final PluginDeliveryRepository DELIVERIES = new PluginDeliveryRepository();
  private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
  private static EmbeddedDatabase database;
  private static Vertx vertx;
  private static Pool pool;

  @BeforeAll
  static void start() throws Exception {
    Path work = Files.createTempDirectory(Path.of(System.getProperty("patron.test.workdir", "target")), "step-cursor-");
    database = EmbeddedDatabase.start(work.resolve("postgres"), 0);
    SchemaMigrations.migrateCore(database.url());
    vertx = Vertx.vertx();
    pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(4)).connectingTo(database.url().connectOptions())
        .using(vertx).build();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
    database.close();
  }

  @Test
  void theLongerBatchReadFromTheSameCursorDeliversNothingOnceTheShorterOneMovedIt() throws Exception {
    EventPosition start = cursorOf("short-long");
    StepCursor shorter = new StepCursor(DELIVERIES, "short-long", 0, start);
    StepCursor longer = new StepCursor(DELIVERIES, "short-long", 0, start);
    EventPosition shortEnd = new EventPosition(start.txId() + 5, 5);
    EventPosition longEnd = new EventPosition(start.txId() + 9, 9);

    assertTrue(moved(pool.withTransaction(tx -> shorter.advance(tx, shortEnd, NOW))));
    shorter.committed(shortEnd);
    assertFalse(moved(pool.withTransaction(tx -> longer.advance(tx, longEnd, NOW))), "the events up to shortEnd went");
    assertTrue(longer.lost());
    assertFalse(moved(longer.advance(pool, new EventPosition(start.txId() + 10, 1), NOW)), "lost for good");
    assertEquals(shortEnd, cursorOf("short-long"));
  }

  @Test
  void aStepWaitsForTheOneHoldingTheCursorThenFindsItMoved() throws Exception {
    EventPosition start = cursorOf("waiting");
    StepCursor first = new StepCursor(DELIVERIES, "waiting", 0, start);
    StepCursor second = new StepCursor(DELIVERIES, "waiting", 0, start);
    EventPosition end = new EventPosition(start.txId() + 3, 3);
    Promise<Void> commit = Promise.promise();
    Promise<Void> moved = Promise.promise();

    Future<Boolean> firstDelivery = pool.withTransaction(tx -> first.advance(tx, end, NOW)
        .compose(ok -> {
          moved.complete();
          return commit.future().map(ok);
        }));
    await(moved.future());
    Future<Boolean> secondDelivery = pool.withTransaction(tx -> second.advance(tx, end, NOW));
    Thread.sleep(300);
    assertFalse(secondDelivery.isComplete(), "it waits on the row the first holds");
    commit.complete();

    assertTrue(moved(firstDelivery));
    assertFalse(moved(secondDelivery));
  }

  private static EventPosition cursorOf(String pluginId) throws Exception {
    await(DELIVERIES.cursor(pool, pluginId, 0, NOW));
    return await(pool.preparedQuery("SELECT tx_id, seq FROM patron.plugin_cursors WHERE plugin_id = $1"
            + " AND dispatch_partition = 0").execute(Tuple.of(pluginId))
        .map(rows -> new EventPosition(rows.iterator().next().getLong("tx_id"), rows.iterator().next().getLong("seq"))));
  }

  private static boolean moved(Future<Boolean> future) throws Exception {
    return await(future);
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.await(20, TimeUnit.SECONDS);
  }
}
