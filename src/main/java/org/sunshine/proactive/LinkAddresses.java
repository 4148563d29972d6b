package org.sunshine.proactive;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The addresses the link checker never asks (unless configured for tests): a record's URL is a public page, and a
 * checker that followed it anywhere would let whoever types a URL probe the servers inside the network.
 */
final class LinkAddresses {

    private LinkAddresses() {
    }

    /**
     * Whether an address is refused: loopback, any-local, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
     * (169.254/16, fe80::/10), multicast, CGNAT (100.64/10), "this network" (0/8) and the reserved 240/4 with the
     * broadcast address; an IPv6 address that carries an IPv4 one (mapped, compatible, 6to4) as that IPv4 address.
     */
    static boolean refused(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 10 || first >= 240
                    || (first == 100 && second >= 64 && second <= 127)
                    || (first == 172 && second >= 16 && second <= 31)
                    || (first == 192 && second == 168)
                    || (first == 169 && second == 254);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true;
            }
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                try {
                    return refused(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), -compatible (::a.b.c.d) or 6to4 (2002:ab:cd::) one. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeros = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        if (zeros && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }
}
