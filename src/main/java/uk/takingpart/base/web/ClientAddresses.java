package uk.takingpart.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address a request comes from, for rate limits: the connection's own address
 * ({@code getRemoteAddr()}), unless that is a configured trusted proxy
 * ({@link ClientAddressSettings#trustedProxies()}); then the {@code X-Forwarded-For} header is read
 * from the right, past the trusted proxies, to the first address they did not add themselves. A header
 * sent by anyone else is ignored, so a client cannot choose its own address to escape a limit.
 */
@Component
public class ClientAddresses {
    /** IPv4 or IPv6 literals only: a forwarded "address" that is a host name or junk is not believed. */
    private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<IpAddressMatcher> trusted;

    public ClientAddresses(ClientAddressSettings settings) {
        this.trusted = settings.trustedProxies().stream().map(IpAddressMatcher::new).toList();
    }

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client address given the connection's peer and any {@code X-Forwarded-For} header lines, in order. */
    String resolve(String peer, List<String> forwardedFor) {
        String client = strip(peer);
        if (!isTrusted(client) || forwardedFor.isEmpty()) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                hops.add(strip(hop));
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!LITERAL.matcher(hop).matches()) {
                return client; // the last believable address before the junk
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    boolean isTrusted(String address) {
        if (trusted.isEmpty() || address == null || !LITERAL.matcher(address).matches()) {
            return false;
        }
        return trusted.stream().anyMatch(m -> m.matches(address));
    }

    private static String strip(String address) {
        if (address == null) {
            return "";
        }
        String a = address.strip();
        if (a.startsWith("[") && a.contains("]")) {
            a = a.substring(1, a.indexOf(']')); // [v6]:port
        } else if (a.indexOf(':') > 0 && a.indexOf(':') == a.lastIndexOf(':') && a.contains(".")) {
            a = a.substring(0, a.indexOf(':')); // v4:port
        }
        return a;
    }
}
