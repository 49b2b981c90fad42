package org.ortaq.account;

/** A person's role in an organization, as the members page lists it. */
public record Member(long userId, String name, String email, String role) {}
