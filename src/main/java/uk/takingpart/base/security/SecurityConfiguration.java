package uk.takingpart.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Staff sign in at {@value #SIGN_IN}; every view says who may open it ({@code @AnonymousAllowed}
 * for the public site, {@code @RolesAllowed} for staff), and services check roles too. Security headers come from
 * {@link SecurityHeadersFilter}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfiguration {
    public static final String SIGN_IN = "staff/sign-in";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationFailureHandler failures,
                                            AuthenticationSuccessHandler successes) throws Exception {
        // the headers themselves come from SecurityHeadersFilter, for every response
        http.headers(headers -> headers.disable());
        // a right password may not be the end of signing in (a second factor, a password to change): the
        // staff feature's success handler decides, set on the filter itself so that no later configurer replaces it
        http.formLogin(form -> form.loginPage("/" + SIGN_IN).failureHandler(failures)
                .withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationSuccessHandler(successes);
                        return filter;
                    }
                }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(SIGN_IN, "/staff/sign-in?signed-out")
                        .defaultSuccessUrl("/staff")
                        // the public site is open to all; views and services check access themselves
                        .anyRequest(any -> any.permitAll()))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and able to read (and upgrade from) any hash Spring Security knows
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
