package dev.patron.plugins.invoicing.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NegotiationTest {

  @Test
  void pdfOnlyWhenAskedForAtLeastAsStronglyAsJson() {
    assertTrue(Negotiation.prefersPdf("application/pdf"));
    assertTrue(Negotiation.prefersPdf("application/pdf, */*;q=0.8"));
    assertTrue(Negotiation.prefersPdf("Application/PDF;q=0.9, application/json;q=0.5"));
    assertFalse(Negotiation.prefersPdf(null));
    assertFalse(Negotiation.prefersPdf("*/*"));
    assertFalse(Negotiation.prefersPdf("application/json"));
    assertFalse(Negotiation.prefersPdf("application/json, application/pdf;q=0.5"));
    assertFalse(Negotiation.prefersPdf("application/pdf;q=0"));
  }
}
