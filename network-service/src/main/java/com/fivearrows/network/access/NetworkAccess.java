package com.fivearrows.network.access;

import com.fivearrows.network.access.Editor.Reach;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.platform.domain.Forbidden;
import java.util.List;

/**
 * Who may change what in the relationship network: the one place of the rule, pure, so it is tested without a
 * server. Every method returns quietly when the editor may, and throws {@link Forbidden} (403) saying who may
 * when not.
 * <ul>
 *   <li>An integration client changes nothing here: it may only push interactions.</li>
 *   <li>Managers and sales-ops change anything.</li>
 *   <li>A seller registers key persons for any account, and changes a key person they registered or one of an
 *       account whose team they are on;</li>
 *   <li>changes an account's enterprise relations when on the account's team, or, for one relation, when they
 *       registered both of its persons;</li>
 *   <li>changes a decision chain that involves them ({@link DecisionChainState#involves}: they started it, own the
 *       opportunity or are on its team), and starts a chain, by adding its first member, when they may change
 *       that person.</li>
 * </ul>
 * The account's team is every owner and team member of the account's opportunities, as opportunity events
 * reported them.
 */
public final class NetworkAccess {

    private NetworkAccess() {
    }

    /** Refuses an integration client, which may push interactions and nothing else. */
    public static void requireMayWrite(Editor editor) {
        if (editor.reach() == Reach.INTERACTIONS_ONLY) {
            throw new Forbidden(editor.name() + " is an integration client: it may push interactions, nothing else");
        }
        if (editor.reach() == Reach.READ_ONLY) {
            throw new Forbidden(editor.name() + " may only read: changes need the role seller, manager or sales-ops");
        }
    }

    /** Anyone but an integration client may register a key person, for any account. */
    public static void requireMayRegister(Editor editor) {
        requireMayWrite(editor);
    }

    /** A key person: its registrant or a seller on its account's team, besides managers and sales-ops. */
    public static void requireMayChangePerson(Editor editor, PersonTies person) {
        requireMayWrite(editor);
        if (!mayChange(editor, person)) {
            throw new Forbidden(editor.name() + " may not change key person " + person.keyPersonId()
                    + ": only its registrant (" + person.registeredBy() + "), sellers on the team of account "
                    + person.accountId() + ", managers and sales-ops may");
        }
    }

    /**
     * An account's enterprise relations: a seller on the account's team, or, for a relation whose persons are
     * {@code registrantsOfEnds} (the registrant of each end), the seller who registered both of them.
     */
    public static void requireMayChangeRelations(Editor editor, String accountId, boolean onAccountTeam,
                                                 List<String> registrantsOfEnds) {
        requireMayWrite(editor);
        if (editor.reach() == Reach.EVERYTHING || onAccountTeam) {
            return;
        }
        boolean registeredBoth = !registrantsOfEnds.isEmpty()
                && registrantsOfEnds.stream().allMatch(registrant -> isEditor(editor, registrant));
        if (!registeredBoth) {
            throw new Forbidden(editor.name() + " may not change the relations of account " + accountId
                    + ": only sellers on its team, the seller who registered both persons of a relation, managers"
                    + " and sales-ops may");
        }
    }

    /** An existing decision chain: a seller it involves (started it, owns the opportunity, is on its team). */
    public static void requireMayChangeChain(Editor editor, DecisionChainState chain) {
        requireMayWrite(editor);
        if (editor.reach() != Reach.EVERYTHING && !chain.involves(editor.name())) {
            throw new Forbidden(editor.name() + " may not change the decision chain of opportunity "
                    + chain.opportunityId() + ": only the seller who started it, the opportunity's owner and team,"
                    + " managers and sales-ops may");
        }
    }

    /** A chain that does not exist yet, started by adding {@code firstMember}: whoever may change that person. */
    public static void requireMayStartChain(Editor editor, String opportunityId, PersonTies firstMember) {
        requireMayWrite(editor);
        if (!mayChange(editor, firstMember)) {
            throw new Forbidden(editor.name() + " may not start the decision chain of opportunity " + opportunityId
                    + " with key person " + firstMember.keyPersonId() + ": only its registrant ("
                    + firstMember.registeredBy() + "), sellers on the team of account " + firstMember.accountId()
                    + ", managers and sales-ops may");
        }
    }

    private static boolean mayChange(Editor editor, PersonTies person) {
        return editor.reach() == Reach.EVERYTHING
                || person.editorOnAccountTeam()
                || isEditor(editor, person.registeredBy());
    }

    private static boolean isEditor(Editor editor, String user) {
        return editor.name() != null && editor.name().equals(user);
    }
}
