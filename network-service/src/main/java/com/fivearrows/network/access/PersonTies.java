package com.fivearrows.network.access;

import java.util.UUID;

/**
 * What ties an editor to a key person, as far as changing it goes: who registered the person and whether the
 * editor is on the team of the person's account (owner or team member of one of its opportunities).
 */
public record PersonTies(UUID keyPersonId, String accountId, String registeredBy, boolean editorOnAccountTeam) {
}
