/**
 * Code shared by Patron's bundled plugins whose customers choose one of the plugin's resources (an
 * order profile, a discount) as their default. A plain library: each plugin bundles its own copy
 * into its jar and wires it with its own names, so the plugins stay independent of each other.
 *
 * <p>A plugin describes its resource with a {@link dev.patron.plugins.support.DefaultChoice}: the
 * wording ({@link dev.patron.plugins.support.ResourceProblems}), the table
 * ({@link dev.patron.plugins.support.ResourceTable}), the customer field
 * ({@link dev.patron.plugins.support.DefaultField}), the mirror table
 * ({@link dev.patron.plugins.support.CustomerDefaults}) and any extra rule
 * ({@link dev.patron.plugins.support.ChoiceRule}); the customer hooks
 * ({@link dev.patron.plugins.support.CustomerDefaultHooks}) and the guarded delete
 * ({@link dev.patron.plugins.support.ResourceDeletion}) work from it.
 */
package dev.patron.plugins.support;
