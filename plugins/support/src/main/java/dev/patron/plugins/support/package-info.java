/**
 * Code shared by Patron's bundled plugins whose customers choose one of the plugin's resources (an
 * order profile, a discount) as their default. A plain library: each plugin bundles its own copy
 * into its jar and wires it with its own names, so the plugins stay independent of each other.
 *
 * <p><b>The CRUD template.</b> A plugin describes its resource once, as a {@link
 * dev.patron.plugins.support.ResourceType}: its {@link dev.patron.plugins.support.ResourceNames}
 * (from which routes, table, constraint, customer field, mirror table and event names follow), a
 * reader of the client's {@link dev.patron.plugins.support.ResourceFields}, their {@link
 * dev.patron.plugins.support.ResourceColumns} and the constructor of its {@link
 * dev.patron.plugins.support.StoredResource}. A {@link dev.patron.plugins.support.ResourceRepository}
 * stores it, a {@link dev.patron.plugins.support.ResourceService} runs the use cases (with the
 * plugin's {@link dev.patron.plugins.support.BeforeSave} step) and {@link
 * dev.patron.plugins.support.ResourceRoutes} registers the standard routes.
 *
 * <p><b>Customers' defaults.</b> A {@link dev.patron.plugins.support.DefaultChoice} says how a
 * customer chooses the resource: the wording ({@link dev.patron.plugins.support.ResourceProblems}),
 * the table ({@link dev.patron.plugins.support.ResourceTable}), the customer field ({@link
 * dev.patron.plugins.support.DefaultField}), the mirror table ({@link
 * dev.patron.plugins.support.CustomerDefaults}) and any extra rule ({@link
 * dev.patron.plugins.support.ChoiceRule}); the customer hooks ({@link
 * dev.patron.plugins.support.CustomerDefaultHooks}) and the guarded delete ({@link
 * dev.patron.plugins.support.ResourceDeletion}) work from it.
 */
package dev.patron.plugins.support;
