package org.ortaq.account;

import org.ortaq.access.Actor;

/** A signed-in browser: who it is and the token its forms must carry. */
public record Session(String id, Actor actor, User user, String csrfToken) {}
