package dev.patron.plugins.support;

import dev.patron.api.tenant.Tenant;
import dev.patron.kit.json.MergePatch;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * Everything the CRUD template knows about one kind of resource: its names, how a client's fields
 * are read and stored, and how a stored resource is made. A plugin builds one, once.
 *
 * @param names the resource's names, and those derived from them
 * @param reader reads and validates a client's fields
 * @param columns the fields' columns
 * @param factory the stored resource's constructor, e.g. {@code Profile::new}
 * @param <F> the client's fields
 * @param <R> the stored resource
 */
public record ResourceType<F extends ResourceFields, R extends StoredResource<F>>(
    ResourceNames names, Reader<F> reader, ResourceColumns<F> columns, Factory<F, R> factory) {

  /** Reads and validates a client's fields for a restaurant; a 400 naming every invalid field otherwise. */
  @FunctionalInterface
  public interface Reader<F> {
    F read(JsonObject json, Tenant tenant);
  }

  /** Makes the stored resource from its envelope and fields. */
  @FunctionalInterface
  public interface Factory<F, R> {
    R create(UUID id, F fields, long version, Instant createdAt, Instant updatedAt);
  }

  /** The problems worded with the resource's noun. */
  public ResourceProblems problems() {
    return new ResourceProblems(names.noun());
  }

  /** The customer field naming a customer's default. */
  public DefaultField field() {
    return new DefaultField(names.pluginId(), names.defaultField());
  }

  /** The table mirroring every customer's default. */
  public CustomerDefaults mirror() {
    return new CustomerDefaults(names.schema(), names.mirrorColumn());
  }

  /** The fields after a JSON merge patch: applied to the stored writable document, then read as on create. */
  public F patched(R current, JsonObject patch, Tenant tenant) {
    return reader.read(MergePatch.apply(current.fields().toJson(), patch), tenant);
  }

  /** A new resource at version 1. */
  public R created(F fields, Instant at) {
    return factory.create(UUID.randomUUID(), fields, 1, at, at);
  }

  /** {@code current} with new fields, one version later. */
  public R changed(R current, F fields, Instant at) {
    return factory.create(current.id(), fields, current.version() + 1, current.createdAt(), at);
  }
}
