package com.fivearrows.network.keyperson.api;

/** The optional body of {@code DELETE /key-persons/{id}}. */
public record DeactivationBody(String reason) {
}
