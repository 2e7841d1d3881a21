package dev.patron.plugins.webhooks.send;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What kind of network an address belongs to, for the SSRF guard. Only {@link #PUBLIC} is called
 * by default; the host may allow {@link #LOOPBACK} (tests, development) and {@link #PRIVATE} (a
 * receiver on the host's own network). The others are never called: link-local reaches a cloud's
 * metadata service and the machine's neighbours, metadata addresses hand out credentials, and
 * reserved ranges have no business receiving webhooks.
 */
public enum AddressClass {
  PUBLIC("a public address"),
  LOOPBACK("a loopback address"),
  PRIVATE("a private network address"),
  LINK_LOCAL("a link-local address"),
  METADATA("a cloud metadata address"),
  RESERVED("a reserved address (unspecified, multicast, broadcast, documentation or benchmarking)");

  private final String description;

  AddressClass(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public static AddressClass of(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      return ofV6(v6.getAddress());
    }
    return ofV4(address.getAddress());
  }

  private static AddressClass ofV4(byte[] a) {
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    int b2 = a[2] & 0xff;
    int b3 = a[3] & 0xff;
    if ((b0 == 169 && b1 == 254 && b2 == 169 && b3 == 254) // AWS, GCP, Azure, OpenStack
        || (b0 == 100 && b1 == 100 && b2 == 100 && b3 == 200) // Alibaba Cloud
        || (b0 == 168 && b1 == 63 && b2 == 129 && b3 == 16)) { // Azure wire server
      return METADATA;
    }
    if (b0 == 127) {
      return LOOPBACK;
    }
    if (b0 == 169 && b1 == 254) {
      return LINK_LOCAL;
    }
    if (b0 == 10 || (b0 == 172 && b1 >= 16 && b1 <= 31) || (b0 == 192 && b1 == 168)
        || (b0 == 100 && b1 >= 64 && b1 <= 127)) { // RFC 1918 and carrier-grade NAT (RFC 6598)
      return PRIVATE;
    }
    if (b0 == 0 || b0 >= 224 // this network, multicast, reserved, broadcast
        || (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) // IETF protocol assignments, TEST-NET-1
        || (b0 == 198 && (b1 == 18 || b1 == 19)) // benchmarking
        || (b0 == 198 && b1 == 51 && b2 == 100) || (b0 == 203 && b1 == 0 && b2 == 113)) { // TEST-NET-2, -3
      return RESERVED;
    }
    return PUBLIC;
  }

  private static AddressClass ofV6(byte[] a) {
    byte[] embedded = embeddedV4(a);
    if (embedded != null) {
      return ofV4(embedded);
    }
    int first = a[0] & 0xff;
    int second = a[1] & 0xff;
    if (isZero(a, 0, 15)) {
      return (a[15] & 0xff) == 1 ? LOOPBACK : RESERVED; // ::1, ::
    }
    if (first == 0xfd && second == 0x00 && (a[2] & 0xff) == 0x0e && (a[3] & 0xff) == 0xc2
        && isZero(a, 4, 14) && (a[14] & 0xff) == 0x02 && (a[15] & 0xff) == 0x54) { // fd00:ec2::254, AWS over IPv6
      return METADATA;
    }
    if (first == 0xfe && (second & 0xc0) == 0x80) { // fe80::/10
      return LINK_LOCAL;
    }
    if ((first & 0xfe) == 0xfc || (first == 0xfe && (second & 0xc0) == 0xc0)) { // fc00::/7, fec0::/10
      return PRIVATE;
    }
    if (first == 0xff || (first == 0x20 && second == 0x01 && (a[2] & 0xff) == 0x0d && (a[3] & 0xff) == 0xb8)) {
      return RESERVED; // multicast, documentation (2001:db8::/32)
    }
    return PUBLIC;
  }

  /**
   * The IPv4 address inside an IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96), NAT64
   * (64:ff9b::/96) or 6to4 (2002::/16) address, which reach that IPv4 host.
   */
  private static byte[] embeddedV4(byte[] a) {
    boolean mapped = isZero(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
    boolean compatible = isZero(a, 0, 12) && !isZero(a, 12, 16);
    boolean nat64 = (a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b
        && isZero(a, 4, 12);
    if (mapped || nat64 || (compatible && !isZero(a, 12, 15))) {
      return new byte[] {a[12], a[13], a[14], a[15]};
    }
    if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) {
      return new byte[] {a[2], a[3], a[4], a[5]};
    }
    return null;
  }

  private static boolean isZero(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** For tests and literals: the class of a textual address (no DNS). */
  static AddressClass ofLiteral(String literal) {
    try {
      return of(InetAddress.getByName(literal));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal + " is not an address", e);
    }
  }
}
