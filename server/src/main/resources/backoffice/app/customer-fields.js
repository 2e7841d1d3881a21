import { html, nothing } from 'lit';
import { t } from './i18n.js';

// The customer's fields as form controls, shared by the add form and the edit dialogs: each with
// its label, the API's error for it beside it (aria-invalid, aria-describedby), and its value.

export function input(name, value, errors, { required = false, type = 'text', autocomplete = 'off', label } = {}) {
  const error = errors[name];
  const id = 'f-' + name.replace(/\./g, '-');
  return html`<label for=${id}>${label ?? t('field.' + name.split('.').pop())}${required
      ? html` <span class="required">(${t('required')})</span>` : ''}
    <input id=${id} name=${name} type=${type} .value=${value ?? ''} ?required=${required} autocomplete=${autocomplete}
      aria-invalid=${error ? 'true' : nothing} aria-describedby=${error ? id + '-error' : nothing}></label>
    ${error ? html`<small id=${id}-error class="error">${error}</small>` : ''}`;
}

export function address(prefix, value, errors) {
  const a = value || {};
  return html`<fieldset><legend>${t('field.' + prefix)}</legend>
    ${input(prefix + '.street', a.street, errors, { label: t('field.street') })}
    <div class="grid">
      ${input(prefix + '.postalCode', a.postalCode, errors, { label: t('field.postalCode') })}
      ${input(prefix + '.city', a.city, errors, { label: t('field.city') })}
    </div>
    <div class="grid">
      ${input(prefix + '.state', a.state, errors, { label: t('field.state') })}
      ${input(prefix + '.country', a.country, errors, { label: t('field.country') })}
    </div></fieldset>`;
}

export function contactFields(customer, errors) {
  return html`
    <div class="grid">
      ${input('firstName', customer.firstName, errors, { required: true, autocomplete: 'given-name' })}
      ${input('lastName', customer.lastName, errors, { required: true, autocomplete: 'family-name' })}
    </div>
    <div class="grid">
      ${input('email', customer.email, errors, { type: 'email' })}
      ${input('primaryPhone', customer.primaryPhone, errors, { type: 'tel' })}
    </div>
    <div class="grid">
      ${input('company', customer.company, errors)}
      ${input('taxId', customer.taxId, errors)}
    </div>
    <div class="grid">
      ${input('secondaryPhone', customer.secondaryPhone, errors, { type: 'tel' })}
      ${input('language', customer.language, errors)}
    </div>
    ${input('referenceId', customer.referenceId, errors)}
    <label><input type="checkbox" role="switch" name="emailNotifications" ?checked=${customer.emailNotifications}
      aria-describedby="permission-hint"> ${t('field.emailNotifications')}</label>
    <small id="permission-hint">${t('field.emailNotificationsHint')}</small>`;
}

export function notesField(customer, errors) {
  const error = errors.notes;
  return html`<label for="f-notes">${t('field.notes')}
    <textarea id="f-notes" name="notes" rows="3" .value=${customer.notes ?? ''} aria-describedby="notes-hint"
      aria-invalid=${error ? 'true' : nothing}></textarea></label>
    <small id="notes-hint" class=${error ? 'error' : ''}>${error || t('field.notesHint')}</small>`;
}

/**
 * The form's values as the API takes them: empty text is null, addresses are objects (null when
 * all their fields are empty), the switch is a boolean. Only the fields the form shows.
 */
export function read(form) {
  const body = {};
  const data = new FormData(form);
  for (const element of form.elements) {
    if (!element.name) {
      continue;
    }
    if (element.type === 'checkbox') {
      body[element.name] = element.checked;
      continue;
    }
    const value = String(data.get(element.name) ?? '').trim();
    const [head, tail] = element.name.split('.');
    if (tail) {
      body[head] = body[head] || {};
      body[head][tail] = value === '' ? null : value;
    } else {
      body[head] = value === '' ? null : value;
    }
  }
  for (const key of ['primaryAddress', 'secondaryAddress']) {
    if (body[key] && Object.values(body[key]).every((v) => v === null)) {
      body[key] = null;
    }
  }
  return body;
}
