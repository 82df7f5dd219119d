package uk.takingpart.base.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "site_setting")
class SiteSetting {
    @Id
    @Column(length = 60)
    private String name;

    @Column(nullable = false, length = 200)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SiteSetting() {}

    SiteSetting(String name, String value, Instant updatedAt) {
        this.name = name;
        this.value = value;
        this.updatedAt = updatedAt;
    }

    String getValue() { return value; }

    void change(String value, Instant at) {
        this.value = value;
        this.updatedAt = at;
    }
}
