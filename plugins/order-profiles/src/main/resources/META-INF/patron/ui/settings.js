// The restaurant's profiles, for managers (support's resource-settings.js).
import { defineResourceSettings } from './resource-settings.js';

defineResourceSettings('order-profiles-settings', {
  pluginId: 'order-profiles', collection: 'profiles',
  fields: [{ name: 'mode', type: 'select', options: ['DINE_IN', 'TAKEAWAY', 'DELIVERY'], label: { en: 'Mode', de: 'Art', fr: 'Mode' } }],
});
