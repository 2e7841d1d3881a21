package dev.patron.plugins.invoicing.einvoice;

import dev.patron.api.customer.Address;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.invoice.BillTo;
import dev.patron.plugins.invoicing.seller.Seller;
import dev.patron.plugins.invoicing.support.MoneyText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.TransactionCalculator;

/**
 * Turns an {@link EInvoiceContent} into Mustang's invoice model, from which Mustang writes the CII
 * XML. Mustang computes the totals itself (VAT per rate on the lines' nets, rounded half up); the
 * mapping checks they are exactly the document's, so the XML never disagrees with the printed page.
 */
final class MustangMapping {

  /** UN/ECE rec 20 "one": restaurant lines are counted, not weighed. */
  private static final String UNIT = "C62";

  private MustangMapping() {
  }

  static Invoice toMustang(EInvoiceContent content) {
    int digits = MoneyText.digits(content.currency());
    Invoice invoice = new Invoice()
        .setNumber(content.number())
        .setCurrency(content.currency())
        .setIssueDate(date(content.issueDate()))
        .setSender(seller(content.seller()))
        .setRecipient(buyer(content.buyer()))
        // BT-10: restaurants' customers have no purchase order or routing id; the document number serves.
        .setReferenceNumber(content.number());
    if (content.dueDate() != null) {
      invoice.setDueDate(date(content.dueDate()));
    }
    if (content.supplyFrom() != null && content.supplyFrom().equals(content.supplyTo())) {
      invoice.setDeliveryDate(date(content.supplyFrom()));
    } else if (content.supplyFrom() != null) {
      invoice.setDetailedDeliveryPeriod(date(content.supplyFrom()), date(content.supplyTo()));
    }
    if (content.paymentTerms() != null) {
      invoice.setPaymentTermDescription(content.paymentTerms());
    }
    if (content.creditNote()) {
      invoice.setCreditNote();
      invoice.setInvoiceReferencedDocumentID(content.correctedNumber());
      invoice.setInvoiceReferencedIssueDate(date(content.correctedIssueDate()));
    }
    for (EInvoiceContent.Line line : content.lines()) {
      invoice.addItem(item(line, digits));
    }
    if (content.totals().rounding() != 0) {
      invoice.setRoundingAmount(BigDecimal.valueOf(content.totals().rounding(), digits));
    }
    if (content.prepaid() > 0) {
      invoice.setTotalPrepaidAmount(BigDecimal.valueOf(content.prepaid(), digits));
    }
    checkTotals(invoice, content, digits);
    return invoice;
  }

  private static Item item(EInvoiceContent.Line line, int digits) {
    BigDecimal percent = InvoicingSettings.percent(line.rateBp());
    boolean divides = line.netAmount() % line.quantity() == 0;
    int quantity = divides ? line.quantity() : 1;
    String name = divides || line.quantity() == 1 ? line.description() : line.quantity() + " × " + line.description();
    Product product = new Product(name, "", UNIT, percent);
    if (line.rateBp() == 0) {
      product.setTaxCategoryCode("Z");
    }
    BigDecimal price = BigDecimal.valueOf(line.netAmount() / quantity, digits);
    return new Item(product, price, BigDecimal.valueOf(quantity));
  }

  private static TradeParty seller(Seller seller) {
    TradeParty party = new TradeParty(seller.legalName(), seller.street(), seller.postalCode(), seller.city(),
        seller.country()).addVATID(seller.vatId());
    if (seller.email() != null) {
      party.setEmail(seller.email());
    }
    if (seller.email() != null || seller.phone() != null) {
      party.setContact(new Contact(seller.legalName(), seller.phone(), seller.email()));
    }
    if (seller.iban() != null) {
      party.addBankDetails(new BankDetails(seller.iban(), seller.bic()));
    }
    return party;
  }

  private static TradeParty buyer(BillTo buyer) {
    Address a = buyer.address();
    String name = buyer.company() == null ? buyer.name() : buyer.company();
    TradeParty party = new TradeParty(name, a.street(), a.postalCode(), a.city(), a.country());
    if (buyer.taxId() != null && buyer.taxId().matches("[A-Z]{2}[A-Z0-9]{2,}")) {
      party.addVATID(buyer.taxId());
    } else if (buyer.taxId() != null) {
      party.addTaxID(buyer.taxId());
    }
    if (buyer.email() != null) {
      party.setEmail(buyer.email());
    }
    if (buyer.company() != null && buyer.name() != null) {
      party.setContact(new Contact(buyer.name(), null, buyer.email()));
    }
    return party;
  }

  /** Mustang's net plus VAT must be the document's to the cent; anything else is a bug worth stopping for. */
  private static void checkTotals(Invoice invoice, EInvoiceContent content, int digits) {
    BigDecimal mustang = new TransactionCalculator(invoice).getGrandTotal();
    BigDecimal ours = BigDecimal.valueOf(content.totals().subtotal() + content.totals().tax(), digits);
    if (mustang.compareTo(ours) != 0) {
      throw new IllegalStateException("e-invoice total " + mustang + " differs from " + ours + " on "
          + content.number());
    }
  }

  /** Mustang writes dates in the JVM's zone; a date at its start there prints as that date. */
  private static Date date(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
