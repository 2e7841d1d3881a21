// The customer's default profile, chosen from the restaurant's active profiles (support's default-picker.js).
import { definePicker } from './default-picker.js';

definePicker('order-profiles-customer-default', {
  pluginId: 'order-profiles', collection: 'profiles', field: 'defaultProfileId',
  label: { en: 'Default profile', de: 'Standardprofil', fr: 'Profil par défaut' },
});
