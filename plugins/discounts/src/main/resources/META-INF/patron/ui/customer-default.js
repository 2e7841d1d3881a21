// The customer's default discount, chosen from the restaurant's active discounts (support's default-picker.js).
import { definePicker } from './default-picker.js';

definePicker('discounts-customer-default', {
  pluginId: 'discounts', collection: 'discounts', field: 'defaultDiscountId',
  label: { en: 'Default discount', de: 'Standardrabatt', fr: 'Remise par défaut' },
});
