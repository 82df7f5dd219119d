package uk.takingpart.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The client address for rate limits: a forwarded header counts only when a trusted proxy sent it. */
class ClientAddressesTest {
    private static ClientAddresses trusting(String... proxies) {
        return new ClientAddresses(new ClientAddressSettings(List.of(proxies)));
    }

    private static MockHttpServletRequest from(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/staff/sign-in");
        request.setRemoteAddr(peer);
        for (String line : forwardedFor) {
            request.addHeader("X-Forwarded-For", line);
        }
        return request;
    }

    @Test
    void with_no_trusted_proxy_a_spoofed_forwarded_header_is_ignored() {
        assertThat(trusting().of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(trusting().of(from("127.0.0.1", "198.51.100.1"))).as("not even from this machine").isEqualTo("127.0.0.1");
    }

    @Test
    void a_forwarded_header_from_a_peer_that_is_not_a_trusted_proxy_is_ignored() {
        ClientAddresses addresses = trusting("10.0.0.5", "172.16.0.0/12");
        assertThat(addresses.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(addresses.of(from("10.0.0.6", "198.51.100.1"))).isEqualTo("10.0.0.6");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_it_forwarded() {
        ClientAddresses addresses = trusting("10.0.0.5", "172.16.0.0/12", "fd00::/8");
        assertThat(addresses.of(from("10.0.0.5", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(addresses.of(from("172.20.1.2", "198.51.100.1"))).as("a CIDR range").isEqualTo("198.51.100.1");
        assertThat(addresses.of(from("fd00::1", "2001:db8::7"))).as("IPv6").isEqualTo("2001:db8::7");
        assertThat(addresses.of(from("10.0.0.5"))).as("no header: the proxy itself").isEqualTo("10.0.0.5");
    }

    @Test
    void what_the_client_wrote_at_the_start_of_the_header_does_not_count_only_what_trusted_proxies_added() {
        ClientAddresses addresses = trusting("10.0.0.0/8");
        // the client sent "X-Forwarded-For: 1.2.3.4"; the first proxy appended the real address, the second its peer
        assertThat(addresses.of(from("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.9"))).isEqualTo("198.51.100.1");
        assertThat(addresses.of(from("10.0.0.5", "1.2.3.4", "198.51.100.1"))).as("over two header lines").isEqualTo("198.51.100.1");
        assertThat(addresses.of(from("10.0.0.5", "198.51.100.1:4711"))).as("with a port").isEqualTo("198.51.100.1");
        assertThat(addresses.of(from("10.0.0.5", "evil.example, <script>"))).as("junk: the proxy").isEqualTo("10.0.0.5");
        assertThat(addresses.of(from("10.0.0.5", "10.1.1.1, 10.2.2.2"))).as("all trusted: the first").isEqualTo("10.1.1.1");
    }
}
