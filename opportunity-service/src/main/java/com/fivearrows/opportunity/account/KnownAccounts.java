package com.fivearrows.opportunity.account;

import com.fivearrows.platform.service.sql.SqlTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The accounts account-service has announced ({@code known_account}). An opportunity may be opened on any account
 * id, but it passes the gate to QUALIFY only once its account is known here: the sale is then tied to an account
 * that key account management covers, not to a name typed into a form.
 */
@ApplicationScoped
public class KnownAccounts {
    private static final String REMEMBER = """
            INSERT INTO known_account (account_id, name, owner, tier, registered_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (account_id) DO NOTHING""";

    private final Pool pool;

    public KnownAccounts(Pool pool) {
        this.pool = pool;
    }

    /** Remembers an account account-service registered; one already known stays as it was. */
    public Uni<Void> remember(SqlClient client, String accountId, String name, String owner, String tier,
                              Instant registeredAt) {
        return client.preparedQuery(REMEMBER)
                .execute(Tuple.of(accountId, name, owner, tier, SqlTime.utc(registeredAt)))
                .replaceWithVoid();
    }

    /** See {@link #isKnown(SqlClient, String)}. */
    public Uni<Boolean> isKnown(String accountId) {
        return isKnown(pool, accountId);
    }

    /** Whether account-service has announced the account. */
    public Uni<Boolean> isKnown(SqlClient client, String accountId) {
        return client.preparedQuery("SELECT 1 FROM known_account WHERE account_id = $1").execute(Tuple.of(accountId))
                .map(rows -> rows.size() > 0);
    }
}
