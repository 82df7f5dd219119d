package uk.takingpart.audit;

import java.util.Objects;

/**
 * Who did something. Staff are named by username; a member of the public is never named, so the
 * audit trail (which is kept for good) holds no personal data about them.
 */
public record Actor(ActorType type, String name) {
    static final int MAX_NAME_LENGTH = 120;

    public Actor {
        Objects.requireNonNull(type, "type");
        switch (type) {
            case STAFF -> {
                if (name == null || name.isBlank()) {
                    throw new IllegalArgumentException("A member of staff is recorded by username");
                }
                name = Texts.clean(name.strip());
                if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
                    throw new IllegalArgumentException("A staff username is at most " + MAX_NAME_LENGTH + " characters");
                }
            }
            case PUBLIC, SYSTEM -> {
                if (name != null) {
                    throw new IllegalArgumentException("Only staff are recorded by name, not " + type);
                }
            }
        }
    }

    public static Actor staff(String username) {
        return new Actor(ActorType.STAFF, username);
    }

    public static Actor memberOfThePublic() {
        return new Actor(ActorType.PUBLIC, null);
    }

    public static Actor system() {
        return new Actor(ActorType.SYSTEM, null);
    }
}
