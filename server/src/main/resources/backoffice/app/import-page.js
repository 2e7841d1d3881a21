import { html } from 'lit';
import { ApiError, get, OfflineError, upload } from './api.js';
import { PatronElement } from './element.js';
import { currentLanguage, t } from './i18n.js';

const FINISHED = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
const SHOWN_REJECTIONS = 20;

/**
 * The records of a small CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes), only to show the first rejected rows; the file itself is downloaded as the server wrote it.
 */
function csvRecords(text, separator) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
    } else if (c === '"') {
      quoted = true;
    } else if (c === separator) {
      record.push(field); field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') { i++; }
      record.push(field); records.push(record); record = []; field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length) { record.push(field); records.push(record); }
  return records;
}
const POLL_MS = 500;

/**
 * Customers from a file: upload a CSV (a dry run first, if wished), see the columns the server
 * detected, watch the job's progress, then download the rows it rejected with their errors.
 */
class PatronImportPage extends PatronElement {
  static properties = { job: { state: true }, error: { state: true }, busy: { state: true }, rejections: { state: true } };

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  async start(dryRun) {
    const form = this.querySelector('form');
    const file = form.elements.file.files[0];
    if (!file) {
      form.elements.file.focus();
      return;
    }
    this.busy = true;
    this.error = null;
    try {
      const params = new URLSearchParams({ match: form.elements.match.value, dryRun: String(dryRun) });
      this.job = await upload('/customers/imports?' + params, file, 'text/csv');
      this.follow();
    } catch (e) {
      this.error = e instanceof OfflineError ? t('offline')
        : e instanceof ApiError && e.problem.errors ? e.problem.errors.map((x) => x.field + ': ' + x.message).join(' ')
          : e.message;
    } finally {
      this.busy = false;
    }
  }

  follow() {
    clearTimeout(this.timer);
    if (FINISHED.includes(this.job.state)) {
      this.showRejections();
      return;
    }
    this.timer = setTimeout(async () => {
      try {
        this.job = await get('/customers/imports/' + this.job.id);
      } catch (e) {
        this.error = e.message;
      }
      this.follow();
    }, POLL_MS);
  }

  /** The first rejected rows with their errors, on the page: a dry run's answer row by row. */
  async showRejections() {
    if (!this.job.rows.rejected || this.job.format !== 'csv') {
      this.rejections = null;
      return;
    }
    const response = await fetch('/api/v1/customers/imports/' + this.job.id + '/rejections', { credentials: 'same-origin' });
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = csvRecords(text, this.job.csv?.separator || ',');
    const rowAt = header.indexOf('rejectedRow');
    const errorsAt = header.indexOf('errors');
    this.rejections = rows.slice(0, SHOWN_REJECTIONS).map((r) => ({ row: r[rowAt], errors: r[errorsAt] }));
  }

  render() {
    const job = this.job;
    return html`
      <h1>${t('import.title')}</h1>
      <form @submit=${(e) => { e.preventDefault(); this.start(false); }}>
        <label>${t('import.file')}<input type="file" name="file" accept=".csv,text/csv" required
          aria-describedby="import-hint"></label>
        <small id="import-hint">${t('import.hint')}
          <a href="/api/v1/customers/imports/template?language=${currentLanguage()}" download>${t('import.template')}</a></small>
        <label>${t('import.match')}<select name="match">
          ${['referenceId', 'email', 'none'].map((m) => html`<option value=${m}>${t('import.match.' + m)}</option>`)}
        </select></label>
        <div class="grid">
          <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.start(true)}>${t('import.dryRun')}</button>
          <button type="submit" ?disabled=${this.busy}>${t('import.start')}</button>
        </div>
      </form>
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : ''}
      ${job ? html`<article class="import-job" data-state=${job.state}>
        ${job.csv?.header ? html`<h2>${t('import.columns')}</h2><table><tbody>${job.csv.header.map((name, i) => html`<tr>
          <td>${name}</td><td>→ ${job.csv.columns?.[i] ?? t('import.ignored')}</td></tr>`)}</tbody></table>` : ''}
        <progress value=${job.rows.read} max=${job.rows.total || 1}></progress>
        <p role="status">${t('import.progress', { read: job.rows.read, total: job.rows.total })} · ${job.state}</p>
        ${FINISHED.includes(job.state) ? html`<p class="import-result">${t('import.result', job.rows)}
          ${job.dryRun ? html`<br>${t('import.dryRunDone')}` : ''}</p>
          ${this.rejections?.length ? html`<table class="rejected-rows"><thead><tr><th scope="col">${t('import.row')}</th>
            <th scope="col">${t('import.errors')}</th></tr></thead><tbody>${this.rejections.map((r) => html`<tr>
            <td>${r.row}</td><td>${r.errors}</td></tr>`)}</tbody></table>` : ''}
          ${job.rows.rejected ? html`<a href="/api/v1/customers/imports/${job.id}/rejections" download
            class="rejections">${t('import.rejections')}</a>` : ''}` : ''}
      </article>` : ''}`;
  }
}

customElements.define('patron-import-page', PatronImportPage);
