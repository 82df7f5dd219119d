package uk.takingpart.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The staff-written words of an activity in one language. Any field may be missing in a translation. */
@Embeddable
class ActivityText {
    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(length = 500)
    private String location;

    @Column(name = "easy_read_text", columnDefinition = "TEXT")
    private String easyReadText;

    @Column(name = "easy_read_image_alt", length = 300)
    private String easyReadImageAlt;

    protected ActivityText() {}

    ActivityText(String title, String summary, String description, String location,
                 String easyReadText, String easyReadImageAlt) {
        this.title = title;
        this.summary = summary;
        this.description = description;
        this.location = location;
        this.easyReadText = easyReadText;
        this.easyReadImageAlt = easyReadImageAlt;
    }

    String getTitle() { return title; }

    String getSummary() { return summary; }

    String getDescription() { return description; }

    String getLocation() { return location; }

    String getEasyReadText() { return easyReadText; }

    String getEasyReadImageAlt() { return easyReadImageAlt; }
}
