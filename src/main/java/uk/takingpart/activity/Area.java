package uk.takingpart.activity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.HashMap;
import java.util.Map;

/** A place activities happen in. Its name is staff-written and stored per language (Cardiff / Caerdydd). */
@Entity
class Area {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "area_name", joinColumns = @JoinColumn(name = "area_id"))
    @MapKeyColumn(name = "language", length = 12)
    @Column(name = "name", nullable = false, length = 200)
    private Map<String, String> names = new HashMap<>();

    protected Area() {}

    Area(String code) {
        this.code = code;
    }

    Long getId() { return id; }

    String getCode() { return code; }

    Map<String, String> getNames() { return names; }

    Area name(String language, String name) {
        names.put(language, name);
        return this;
    }
}
