// The restaurant's discounts, for managers (support's resource-settings.js).
import { defineResourceSettings } from './resource-settings.js';

defineResourceSettings('discounts-settings', {
  pluginId: 'discounts', collection: 'discounts',
  fields: [{ name: 'percentage', type: 'number', label: { en: 'Percent off', de: 'Prozent', fr: 'Pourcentage' } }],
});
