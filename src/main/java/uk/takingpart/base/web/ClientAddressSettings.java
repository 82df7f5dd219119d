package uk.takingpart.base.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where requests come from ({@code takingpart.client-address.*}).
 *
 * @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.5}, {@code 10.0.0.0/8}, {@code fd00::/8}) of the
 *                       proxies or load balancers in front of this server; only a request whose immediate peer is one
 *                       of them has its {@code X-Forwarded-For} header believed. Empty (the default): the header is
 *                       ignored and the client is the connection's own address.
 */
@ConfigurationProperties("takingpart.client-address")
public record ClientAddressSettings(@DefaultValue List<String> trustedProxies) {
    public ClientAddressSettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
