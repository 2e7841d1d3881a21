// The customer list's "Last visit" column: one request for the page's customers.
import { PatronElement, date, get } from '/ui/app/sdk.js';

class SalesLastVisit extends PatronElement {
  async values(customers) {
    if (customers.length === 0) {
      return {};
    }
    const query = customers.map((c) => 'customerId=' + encodeURIComponent(c.id)).join('&');
    const answer = await get('/plugins/sales/customers/last-visits?' + query);
    return Object.fromEntries(answer.items.map((item) => [item.customerId, date(item.lastVisitAt)]));
  }

  render() {
    return '';
  }
}

customElements.define('sales-last-visit', SalesLastVisit);
