package uk.takingpart.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A session's staff-written words in one language. */
@Embeddable
class EventSessionText {
    @Column(name = "venue_name", length = 200)
    private String venueName;

    @Column(length = 500)
    private String address;

    @Column(name = "leader_role", length = 200)
    private String leaderRole;

    protected EventSessionText() {}

    EventSessionText(String venueName, String address, String leaderRole) {
        this.venueName = blankToNull(venueName);
        this.address = blankToNull(address);
        this.leaderRole = blankToNull(leaderRole);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    String getVenueName() { return venueName; }

    String getAddress() { return address; }

    String getLeaderRole() { return leaderRole; }

    boolean isEmpty() { return venueName == null && address == null && leaderRole == null; }
}
